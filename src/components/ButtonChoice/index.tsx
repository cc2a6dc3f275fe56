import { Radio, RadioGroup } from '@nutui/nutui-react-taro'

interface Props<T extends string> {
  /** The group's class, which tests select it by. */
  className?: string
  value: T
  /** `[value, label]` in display order. */
  options: readonly (readonly [T, string])[]
  onChange: (value: T) => void
}

/** One of a few options as a horizontal row of buttons (通知类型, 发送范围, 申请类型 ...). */
export default function ButtonChoice<T extends string>({ className, value, options, onChange }: Props<T>) {
  return (
    <RadioGroup className={className} value={value} direction="horizontal" onChange={(next) => onChange(next as T)}>
      {options.map(([option, label]) => (
        <Radio key={option} shape="button" value={option}>
          {label}
        </Radio>
      ))}
    </RadioGroup>
  )
}
