import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { Payload } from '@contract'
import { bind } from '@/api/members'
import { ApiError } from '@/api/transport'
import { HOME_PAGE, useMe } from './me'

type BindPayload = Payload<'members', 'bind'>

/** Client-side checks, worded like the server's; the server still decides. */
export const validateBind = (payload: BindPayload): string | null => {
  if ('inviteCode' in payload) {
    return /^[A-Z0-9]{8}$/.test(payload.inviteCode.trim()) ? null : '邀请码应为 8 位字母或数字'
  }
  if (!payload.name.trim()) return '请填写姓名'
  if (payload.name.trim().length > 20) return '姓名不能超过 20 个字'
  if (!payload.phone.trim()) return '请填写手机号'
  return /^1\d{10}$/.test(payload.phone.trim()) ? null : '手机号格式不正确'
}

/** The binding form's submit: validates, binds, stores the profile and goes to 首页. */
export function useBind() {
  const { me, setProfile } = useMe()
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string>()

  // Someone already bound (e.g. a stale link) has nothing to do here.
  const alreadyBound = me?.bound === true
  useEffect(() => {
    if (alreadyBound) void Taro.reLaunch({ url: HOME_PAGE })
  }, [alreadyBound])

  const submit = useCallback(
    async (payload: BindPayload) => {
      const invalid = validateBind(payload)
      setError(invalid ?? undefined)
      if (invalid) return
      setSubmitting(true)
      try {
        const trimmed: BindPayload =
          'inviteCode' in payload
            ? { inviteCode: payload.inviteCode.trim() }
            : { name: payload.name.trim(), phone: payload.phone.trim() }
        setProfile(await bind(trimmed, { silent: true }))
        void Taro.showToast({ title: '绑定成功', icon: 'success' })
        void Taro.reLaunch({ url: HOME_PAGE })
      } catch (err) {
        setError(err instanceof ApiError ? err.message : '绑定失败，请稍后再试')
      } finally {
        setSubmitting(false)
      }
    },
    [setProfile],
  )

  return { submit, submitting, error, clearError: () => setError(undefined) }
}
