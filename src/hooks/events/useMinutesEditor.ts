import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { MAX_MINUTES_PHOTOS } from '@contract/eventTypes'
import { getEvent, liveAttendance, recordMinutes } from '@/api/events'
import { uploadFile } from '@/api/transport'
import { tellWxFailure } from '@/utils/wxFailure'
import { useBoundProfile } from '../me'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'
import { checkMinutes, minutesFormOf, toMinutesPayload, type MinutesField, type MinutesForm } from './minutesForm'

const EMPTY: MinutesForm = { host: '', recorder: '', agenda: '', text: '', decisions: '' }

export type MinutesEditor = ReturnType<typeof useMinutesEditor>

/** 会议记录 (secretary): the structured minutes, the attendance they summarise, and up to 9 photos. */
export function useMinutesEditor(eventId: string) {
  const { profile } = useBoundProfile()
  const event = useRequest(() => getEvent(eventId, { silent: true }), [eventId])
  const attendance = useRequest(() => liveAttendance(eventId, { silent: true }), [eventId])
  const [form, setForm] = useState<MinutesForm>(EMPTY)
  const [photos, setPhotos] = useState<string[]>([])
  const saving = useSubmit(() => recordMinutes(toMinutesPayload(eventId, form, photos), { silent: true }), {
    fallback: '保存失败，请稍后再试',
    toast: { title: '会议记录已保存' },
    // Back once the save is known, the toast already showing.
    onDone: () => void Taro.navigateBack(),
  })
  const { setError } = saving
  const upload = useSubmit(
    (paths: string[]) =>
      Promise.all(paths.map((path, index) => uploadFile(path, 'event-photos', `photo-${index}.jpg`))),
    { onDone: (ids) => setPhotos((current) => [...current, ...ids].slice(0, MAX_MINUTES_PHOTOS)) },
  )

  useEffect(() => {
    if (!event.data) return
    setForm(minutesFormOf(event.data, profile?.name ?? ''))
    setPhotos(event.data.minutes?.photos ?? [])
  }, [event.data, profile?.name])

  /** Minutes are refused before the start: the page says so instead of offering the form. */
  const started = event.data ? Date.parse(event.data.serverNow) >= Date.parse(event.data.start) : false

  const update = (key: MinutesField, value: string) => {
    setForm((current) => ({ ...current, [key]: value }))
    setError(undefined)
  }

  const addPhotos = async () => {
    const room = MAX_MINUTES_PHOTOS - photos.length
    if (room <= 0) return
    let picked: string[]
    try {
      picked = (await Taro.chooseImage({ count: room, sizeType: ['compressed'] })).tempFilePaths
    } catch (error) {
      await tellWxFailure(error, 'photos')
      return
    }
    await upload.run(picked.slice(0, room))
  }

  const removePhoto = (fileID: string) => setPhotos((current) => current.filter((id) => id !== fileID))

  const save = async () => {
    const invalid = checkMinutes(form)
    if (invalid) return setError(invalid)
    await saving.run()
  }

  return {
    event,
    attendance,
    started,
    form,
    update,
    photos,
    addPhotos,
    removePhoto,
    uploading: upload.running,
    save,
    saving: saving.running,
    error: saving.error,
  }
}
