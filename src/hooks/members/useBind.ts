import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { Payload } from '@contract'
import { bind } from '@/api/members'
import { HOME_PAGE, useMe } from '../me'
import { useSubmit } from '../useSubmit'

type BindPayload = Payload<'members', 'bind'>

/** What the member types on 身份绑定: name and phone, or an invite code. */
export function useBindFields() {
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [inviteCode, setInviteCode] = useState('')
  return { name, setName, phone, setPhone, inviteCode, setInviteCode }
}

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
  const binding = useSubmit((payload: BindPayload) => bind(payload, { silent: true }), {
    fallback: '绑定失败，请稍后再试',
    toast: { title: '绑定成功' },
    onDone: (profile) => {
      setProfile(profile)
      void Taro.reLaunch({ url: HOME_PAGE })
    },
  })
  const { setError, run } = binding

  // Someone already bound (e.g. a stale link) has nothing to do here.
  const alreadyBound = me?.bound === true
  useEffect(() => {
    if (alreadyBound) void Taro.reLaunch({ url: HOME_PAGE })
  }, [alreadyBound])

  const submit = useCallback(
    async (payload: BindPayload) => {
      const invalid = validateBind(payload)
      if (invalid) return setError(invalid)
      await run(
        'inviteCode' in payload
          ? { inviteCode: payload.inviteCode.trim() }
          : { name: payload.name.trim(), phone: payload.phone.trim() },
      )
    },
    [run, setError],
  )

  return { submit, submitting: binding.running, error: binding.error, clearError: binding.clearError }
}
