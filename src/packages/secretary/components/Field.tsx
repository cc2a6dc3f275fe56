import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './Field.scss'

interface Props {
  label: string
  /** Label above the control (text areas) instead of beside it. */
  column?: boolean
  children: ReactNode
}

/** One labelled line of a secretary's form. */
export default function Field({ label, column = false, children }: Props) {
  return (
    <View className={`form-field${column ? ' form-field--column' : ''}`}>
      <Text className="form-field__label">{label}</Text>
      <View className="form-field__control">{children}</View>
    </View>
  )
}
