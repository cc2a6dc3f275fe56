import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { MessageKind } from '@contract'
import { BANNER_KINDS, MESSAGE_KIND_LABELS } from '@contract/noticeLimits'
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
 * 消息提醒: the member opts in from a tap — the 通知 banner for its three kinds
 * (WeChat's dialog takes at most three), or the tap where one kind is useful
 * (「下次会议提醒我」 after checking in, 签阅, 请假).
 * WeChat's dialog must open inside that tap, so the templates are loaded with the
 * page and the dialog is the first thing `optIn` awaits. The h5 build has no such
 * dialog: the tap itself records the opt-in, as the banner explains.
 */
export function useSubscribe(ready: boolean) {
  const state = useRequest(() => mySubscription({ silent: true }), [], { ready })
  const [asking, setAsking] = useState(false)
  const inWeChat = process.env.TARO_ENV === 'weapp'

  const templateIdsOf = (kinds: readonly MessageKind[]) =>
    (state.data?.templates ?? [])
      .filter((template) => kinds.includes(template.kind))
      .map((template) => template.templateId)

  const optIn = async (kinds: readonly MessageKind[] = BANNER_KINDS): Promise<boolean> => {
    const templateIds = templateIdsOf(kinds)
    if (!templateIds.length || asking) return false
    setAsking(true)
    try {
      const accepted = inWeChat ? await askWeChat(templateIds) : templateIds
      if (!accepted.length) {
        void Taro.showToast({ title: '未开启消息提醒', icon: 'none' })
        return false
      }
      const updated = await subscribe(accepted)
      state.setData(() => updated)
      void Taro.showToast({ title: '已开启消息提醒', icon: 'success' })
      return true
    } catch (error) {
      // The transport toasts its own errors; a refused or failed WeChat dialog is told here.
      if (!(error instanceof Error && error.name === 'ApiError'))
        void Taro.showToast({ title: '未能开启消息提醒，请稍后再试', icon: 'none' })
      return false
    } finally {
      setAsking(false)
    }
  }

  const templates = state.data?.templates ?? []
  /** What the member has left of the banner's kinds: each message spends one. */
  const remaining = templates
    .filter((template) => BANNER_KINDS.includes(template.kind))
    .map(({ kind, credits }) => ({
      kind,
      label: MESSAGE_KIND_LABELS[kind],
      credits,
    }))
  const creditsOf = (kind: MessageKind) => templates.find((item) => item.kind === kind)?.credits ?? 0
  const offers = (kind: MessageKind) => templates.some((item) => item.kind === kind)
  const credits = Math.min(...(remaining.length ? remaining.map((item) => item.credits) : [0]))
  return { ...state, optIn, asking, inWeChat, credits, remaining, creditsOf, offers }
}
