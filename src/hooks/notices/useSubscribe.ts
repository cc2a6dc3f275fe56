import { useState } from 'react'
import Taro from '@tarojs/taro'
import { mySubscription, subscribe } from '@/api/notices'
import { useRequest } from '../useRequest'

/** The one-time subscriptions WeChat granted: the template ids the user accepted. */
const askWeChat = async (templateIds: string[]): Promise<string[]> => {
  const result = (await Taro.requestSubscribeMessage({ tmplIds: templateIds } as never)) as unknown as Record<
    string,
    string
  >
  return templateIds.filter((templateId) => result[templateId] === 'accept')
}

/**
 * 消息提醒: the member opts in from a tap. In WeChat the system dialog asks
 * (one message per acceptance); the h5 build has no such dialog, so the tap
 * itself records the opt-in, as the page explains.
 */
export function useSubscribe(ready: boolean) {
  const state = useRequest(() => mySubscription({ silent: true }), [], { ready })
  const [asking, setAsking] = useState(false)
  const inWeChat = process.env.TARO_ENV === 'weapp'

  const optIn = async () => {
    const templateIds = state.data?.templates.map((template) => template.templateId) ?? []
    if (!templateIds.length || asking) return
    setAsking(true)
    try {
      const accepted = inWeChat ? await askWeChat(templateIds) : templateIds
      if (!accepted.length) {
        void Taro.showToast({ title: '未开启消息提醒', icon: 'none' })
        return
      }
      const updated = await subscribe(accepted)
      state.setData(() => updated)
      void Taro.showToast({ title: '已开启消息提醒', icon: 'success' })
    } catch (error) {
      // The transport toasts its own errors; a refused or failed WeChat dialog is told here.
      if (!(error instanceof Error && error.name === 'ApiError'))
        void Taro.showToast({ title: '未能开启消息提醒，请稍后再试', icon: 'none' })
    } finally {
      setAsking(false)
    }
  }

  const credits = Math.min(...(state.data?.templates.map((template) => template.credits) ?? [0]))
  return { ...state, optIn, asking, inWeChat, credits }
}
