import { Text, View } from '@tarojs/components'
import { periodLabel, shiftPeriod } from '@periods'
import './MonthStepper.scss'

interface Props {
  /** The class tests find it by; its arrows are `<className>-prev` / `-next`. */
  className: string
  label: string
  value: string
  min: string
  max: string
  onChange: (month: string) => void
}

/** A month chosen with ‹ › between `min` and `max` (both `YYYY-MM`, inclusive). */
export default function MonthStepper({ className, label, value, min, max, onChange }: Props) {
  const step = (offset: number) => {
    const next = shiftPeriod('month', value, offset)
    if (next >= min && next <= max) onChange(next)
  }
  return (
    <View className={`month-stepper ${className}`}>
      <Text className="month-stepper__label">{label}</Text>
      <Text
        className={`month-stepper__arrow ${className}-prev ${value <= min ? 'month-stepper__arrow--off' : ''}`}
        onClick={() => step(-1)}
      >
        ‹
      </Text>
      <Text className="month-stepper__value" data-month={value}>
        {periodLabel('month', value)}
      </Text>
      <Text
        className={`month-stepper__arrow ${className}-next ${value >= max ? 'month-stepper__arrow--off' : ''}`}
        onClick={() => step(1)}
      >
        ›
      </Text>
    </View>
  )
}
