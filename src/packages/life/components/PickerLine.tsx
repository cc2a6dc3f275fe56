import { Picker, Text, View } from '@tarojs/components'

interface Props {
  label: string
  /** The id of the shown value (browser tests find it by id). */
  id: string
  /** The text shown; `placeholder` while empty. */
  text: string
  placeholder: string
  /** A list (`range`, picked by index) or a calendar day between `start` and `end`. */
  choice: { range: string[]; index: number } | { day: string; start: string; end: string }
  onPick: (value: string) => void
}

/** One labelled form line whose value is picked: a member from a list, or a day. */
export default function PickerLine({ label, id, text, placeholder, choice, onPick }: Props) {
  const shown = (
    <Text id={id} className={`life-line__value${text ? '' : ' life-line__value--empty'}`}>
      {text || placeholder}
    </Text>
  )
  const pick = (e: { detail: { value: string | number } }) => onPick(String(e.detail.value))
  return (
    <View className="life-line">
      <Text className="life-line__label">{label}</Text>
      <View className="life-line__control">
        {'range' in choice ? (
          <Picker mode="selector" range={choice.range} value={Math.max(0, choice.index)} onChange={pick}>
            {shown}
          </Picker>
        ) : (
          <Picker mode="date" value={choice.day} start={choice.start} end={choice.end} onChange={pick}>
            {shown}
          </Picker>
        )}
      </View>
    </View>
  )
}
