import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { listBranches } from '@/api/members'
import { createEvent, getEvent, updateEvent } from '@/api/events'
import { ApiError } from '@/api/transport'
import { tellWxFailure } from '@/utils/wxFailure'
import { useBoundProfile } from '../me'
import { useRequest } from '../useRequest'
import { blankForm, checkForm, formOf, toPayload, type EventForm } from './eventForm'

export const MANAGE_PAGE = '/packages/secretary/event-manage/index'

/** 发布活动 / 编辑活动: the form, the branch's groups, the map pick (weapp) and the save. */
export function useEventEditor(eventId?: string) {
  const { profile } = useBoundProfile()
  const [form, setForm] = useState<EventForm>(() => blankForm())
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const existing = useRequest(() => getEvent(eventId ?? '', { silent: true }), [eventId], { ready: Boolean(eventId) })
  const branches = useRequest(() => listBranches({ silent: true }), [])
  const groups = branches.data?.find((branch) => branch.id === profile?.branchId)?.groups ?? []

  useEffect(() => {
    if (existing.data) setForm(formOf(existing.data))
  }, [existing.data])

  const update = <K extends keyof EventForm>(key: K, value: EventForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }))
    setError(undefined)
  }

  /** WeChat's map picker returns gcj02 coordinates and the place name. */
  const pickOnMap = async () => {
    try {
      const place = await Taro.chooseLocation({})
      setForm((current) => ({
        ...current,
        venueName: current.venueName || place.name,
        latitude: place.latitude.toFixed(6),
        longitude: place.longitude.toFixed(6),
      }))
    } catch (error) {
      // The secretary can still type the coordinates; a refusal is explained, a cancel is not.
      await tellWxFailure(error, 'pickLocation')
    }
  }

  const save = async () => {
    const invalid = checkForm(form)
    if (invalid) return setError(invalid)
    setSaving(true)
    try {
      const payload = toPayload(form)
      const saved = eventId
        ? await updateEvent({ eventId, ...payload }, { silent: true })
        : await createEvent(payload, { silent: true })
      void Taro.showToast({ title: eventId ? '已保存' : '已发布', icon: 'success' })
      void Taro.redirectTo({ url: `${MANAGE_PAGE}?eventId=${saved.id}` })
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '保存失败，请稍后再试')
    } finally {
      setSaving(false)
    }
  }

  return { form, update, groups, existing, pickOnMap, save, saving, error }
}
