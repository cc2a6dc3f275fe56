import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  title: string
  /** e.g. a "全部" link on the right of the title. */
  extra?: ReactNode
  testId?: string
  children: ReactNode
}

/** A titled white card; 首页 and other pages are stacks of these. */
export default function Section({ title, extra, testId, children }: Props) {
  return (
    <View className="section" data-testid={testId}>
      <View className="section__header">
        <Text className="section__title">{title}</Text>
        {extra}
      </View>
      <View className="section__body">{children}</View>
    </View>
  )
}
