import { useState } from 'react'
import type { ReviewSettings } from '@contract'
import { getReviewSettings, updateReviewSettings } from '@/api/review'
import { useFieldError } from '../useFieldError'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

interface SettingsForm {
  excellentPercent: string
  holidays: string
  workingWeekends: string
}

const FIELDS = ['excellentPercent', 'holidays', 'workingWeekends']

/** Dates typed one per line (or separated by spaces, commas or 、), as the server takes them. */
export const datesOf = (text: string): string[] => text.split(/[\s,，、]+/).filter(Boolean)

const formOf = (settings: ReviewSettings): SettingsForm => ({
  excellentPercent: String(settings.excellentPercent),
  holidays: settings.holidays.join('\n'),
  workingWeekends: settings.workingWeekends.join('\n'),
})

/**
 * 评议设置 (the organisation's admin): the 优秀 share of 组织评定 and the
 * calendar 公示 counts its working days on (holidays and 调休 working days).
 */
export function useReviewSettings() {
  const settings = useRequest(() => getReviewSettings({ silent: true }), [])
  const [edited, setEdited] = useState<SettingsForm>()
  const form = edited ?? (settings.data ? formOf(settings.data) : undefined)
  // A bad date (`holidays.3`) names itself in its message and shows above the save button.
  const errors = useFieldError((field) => FIELDS.includes(field))
  const update = (field: keyof SettingsForm) => (value: string) => {
    errors.changed(field)
    if (form) setEdited({ ...form, [field]: value })
  }
  const save = useSubmit(
    () =>
      updateReviewSettings(
        {
          excellentPercent: Number(form?.excellentPercent),
          holidays: datesOf(form?.holidays ?? ''),
          workingWeekends: datesOf(form?.workingWeekends ?? ''),
        },
        { silent: true },
      ),
    {
      onError: (error) => errors.fail(error, '保存失败，请稍后再试'),
      toast: { title: '已保存' },
      onDone: () => {
        setEdited(undefined)
        return settings.reload()
      },
    },
  )
  return { settings, form, update, errors, save }
}
