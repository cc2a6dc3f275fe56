import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { ApiError } from '@/api/transport'
import { BIND_PAGE, HOME_PAGE } from '@/hooks/me'
import './index.scss'

interface Props {
  loading: boolean
  error?: ApiError
  onRetry?: () => void
  /** Rendered once loaded without error. */
  children: ReactNode
}

/** Where an error leaves the member: reloading cannot give a permission or a binding. */
const ErrorAction = ({ error, onRetry }: { error: ApiError; onRetry?: () => void }) => {
  if (error.code === 'FORBIDDEN')
    return (
      <>
        <Text className="page-state__hint">如需使用此功能，请联系支部书记或管理员开通相应角色。</Text>
        <Button
          className="page-state__home"
          size="small"
          type="primary"
          onClick={() => void Taro.reLaunch({ url: HOME_PAGE })}
        >
          返回首页
        </Button>
      </>
    )
  if (error.code === 'NOT_BOUND')
    return (
      <Button
        className="page-state__bind"
        size="small"
        type="primary"
        onClick={() => void Taro.reLaunch({ url: BIND_PAGE })}
      >
        去绑定
      </Button>
    )
  if (!onRetry) return null
  return (
    <Button size="small" fill="outline" type="primary" onClick={onRetry}>
      重新加载
    </Button>
  )
}

/** Loading and error states around a page's (or section's) content. */
export default function PageState({ loading, error, onRetry, children }: Props) {
  if (error) {
    return (
      <View className="page-state" data-testid="page-error">
        <Text className="page-state__message">{error.message}</Text>
        <ErrorAction error={error} onRetry={onRetry} />
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
