import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ApiError } from '@/api/transport'
import './index.scss'

interface Props {
  loading: boolean
  error?: ApiError
  onRetry?: () => void
  /** Rendered once loaded without error. */
  children: ReactNode
}

/** Loading and error states around a page's (or section's) content. */
export default function PageState({ loading, error, onRetry, children }: Props) {
  if (error) {
    return (
      <View className="page-state" data-testid="page-error">
        <Text className="page-state__message">{error.message}</Text>
        {onRetry && (
          <Button size="small" fill="outline" type="primary" onClick={onRetry}>
            重新加载
          </Button>
        )}
      </View>
    )
  }
  if (loading) {
    return (
      <View className="page-state" data-testid="page-loading">
        <Text className="page-state__loading">加载中…</Text>
      </View>
    )
  }
  return <>{children}</>
}
