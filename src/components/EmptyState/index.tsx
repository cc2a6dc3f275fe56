import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  title: string
  description?: string
}

/** An honest "nothing here yet" block. */
export default function EmptyState({ title, description }: Props) {
  return (
    <View className="empty-state" data-testid="empty-state">
      <View className="empty-state__mark" />
      <Text className="empty-state__title">{title}</Text>
      {description && <Text className="empty-state__description">{description}</Text>}
    </View>
  )
}
