import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { BranchEventRow, Venue } from '@contract'
import { listBranches } from '@/api/members'
import { createEvent, getEvent, listBranchEvents, listVenues, updateEvent } from '@/api/events'
import { confirmDialog } from '@/utils/dialog'
import { newRequestId } from '@/utils/requestId'
import { tellWxFailure } from '@/utils/wxFailure'
import { eventWhen, typeLabel } from '@/utils/events'
import { shanghai } from '@/utils/time'
import { useBoundProfile } from '../me'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'
import {
  blankForm,
  checkForm,
  formOf,
  monthsOf,
  moveStart,
  overlapping,
  toPayload,
  withVenue,
  type EventForm,
} from './eventForm'

export const MANAGE_PAGE = '/packages/secretary/event-manage/index'

const overlapText = (events: BranchEventRow[]) =>
  `${events.map((event) => `${typeLabel(event)}「${event.title}」（${eventWhen(event)}）`).join('、')} 与本活动时间重叠，两场活动都会计入出勤和积分。仍要保存吗？`

/** Asks before saving an event that overlaps others of the branch; true when there are none or the secretary agrees. */
const confirmNoOverlap = async (form: EventForm, eventId?: string): Promise<boolean> => {
  const months = await Promise.all(monthsOf(form).map((month) => listBranchEvents(month, { silent: true })))
  const clashes = overlapping(form, months.flat(), eventId)
  if (!clashes.length) return true
  return confirmDialog({ title: '时间重叠', content: overlapText(clashes), confirmText: '仍要保存' })
}

/** Creates or updates the event; null when the secretary kept it from overlapping another. */
const saveEvent = async (form: EventForm, requestId: string, eventId?: string) => {
  if (!(await confirmNoOverlap(form, eventId))) return null
  const payload = toPayload(form)
  return eventId
    ? await updateEvent({ eventId, ...payload }, { silent: true })
    : await createEvent({ ...payload, requestId }, { silent: true })
}

type Place = Taro.chooseLocation.SuccessCallbackResult

/** WeChat's map picker: gcj02 coordinates and the place name; null when cancelled or refused (a refusal is explained). */
const pickPlace = async (): Promise<Place | null> => {
  try {
    return await Taro.chooseLocation({})
  } catch (error) {
    await tellWxFailure(error, 'pickLocation')
    return null
  }
}

/** The picked point; the venue keeps a name already typed. */
const atPlace = (form: EventForm, place: Place): EventForm => ({
  ...form,
  venueName: form.venueName || place.name,
  latitude: place.latitude.toFixed(6),
  longitude: place.longitude.toFixed(6),
})

export type EventEditor = ReturnType<typeof useEventEditor>

/** 发布活动 / 编辑活动: the form, the branch's groups and venues, the map pick (weapp) and the save. */
export function useEventEditor(eventId?: string) {
  const { profile } = useBoundProfile()
  const [form, setForm] = useState<EventForm>(() => blankForm())
  /** One id per form: a retried 发布 answers the event the first try made. */
  const [requestId] = useState(newRequestId)
  const existing = useRequest(() => getEvent(eventId ?? '', { silent: true }), [eventId], { ready: Boolean(eventId) })
  const branches = useRequest(() => listBranches({ silent: true }), [])
  const venues = useRequest(() => listVenues({ silent: true }), [])
  const groups = branches.data?.find((branch) => branch.id === profile?.branchId)?.groups ?? []
  const saving = useSubmit(() => saveEvent(form, requestId, eventId), {
    fallback: '保存失败，请稍后再试',
    onDone: (saved) => {
      if (!saved) return
      void Taro.showToast({ title: eventId ? '已保存' : '已发布', icon: 'success' })
      void Taro.redirectTo({ url: `${MANAGE_PAGE}?eventId=${saved.id}` })
    },
  })
  const { setError } = saving

  useEffect(() => {
    if (existing.data) setForm(formOf(existing.data))
  }, [existing.data])

  const change = (next: (current: EventForm) => EventForm) => {
    setForm(next)
    setError(undefined)
  }
  const update = <K extends keyof EventForm>(key: K, value: EventForm[K]) =>
    change((current) => ({ ...current, [key]: value }))
  const setStart = (patch: Pick<Partial<EventForm>, 'startDate' | 'startTime'>) =>
    change((current) => moveStart(current, patch))
  const pickVenue = (venue: Venue) => change((current) => withVenue(current, venue))

  const pickOnMap = async () => {
    const place = await pickPlace()
    if (place) change((current) => atPlace(current, place))
  }

  const save = async () => {
    const invalid = checkForm(form)
    if (invalid) return setError(invalid)
    await saving.run()
  }

  /** The first day the date pickers offer: no past day can be picked. */
  const firstDay = shanghai().format('YYYY-MM-DD')
  return {
    form,
    update,
    setStart,
    groups,
    venues: venues.data ?? [],
    pickVenue,
    existing,
    pickOnMap,
    save,
    saving: saving.running,
    error: saving.error,
    firstDay,
  }
}
