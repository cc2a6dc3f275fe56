import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { MAX_MINUTES_PHOTOS } from '@contract/eventTypes'
import { getEvent, recordMinutes } from '@/api/events'
import { ApiError, uploadFile } from '@/api/transport'
import { tellWxFailure } from '@/utils/wxFailure'
import { useRequest } from '../useRequest'

/** 会议记录 (secretary): the text and up to 9 photos, uploaded as they are picked. */
export function useMinutesEditor(eventId: string) {
  const event = useRequest(() => getEvent(eventId, { silent: true }), [eventId])
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string>()

  useEffect(() => {
    if (!event.data?.minutes) return
    setText(event.data.minutes.text)
    setPhotos(event.data.minutes.photos)
  }, [event.data])

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
    setUploading(true)
    try {
      const ids = await Promise.all(
        picked.slice(0, room).map((path, index) => uploadFile(path, 'event-photos', `photo-${index}.jpg`)),
      )
      setPhotos((current) => [...current, ...ids].slice(0, MAX_MINUTES_PHOTOS))
    } catch {
      // The transport has shown the error.
    } finally {
      setUploading(false)
    }
  }

  const removePhoto = (fileID: string) => setPhotos((current) => current.filter((id) => id !== fileID))

  const save = async () => {
    if (text.trim().length < 10) return setError('会议记录至少需要 10 个字')
    setSaving(true)
    try {
      await recordMinutes({ eventId, text: text.trim(), photos }, { silent: true })
      void Taro.showToast({ title: '会议记录已保存', icon: 'success' })
      setTimeout(() => void Taro.navigateBack(), 600)
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '保存失败，请稍后再试')
    } finally {
      setSaving(false)
    }
  }

  return { event, text, setText, photos, addPhotos, removePhoto, uploading, save, saving, error }
}
