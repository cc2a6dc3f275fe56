import { useState } from 'react'
import type { LifeMeetingView, RectificationRow } from '@contract'
import { listRoster } from '@/api/members'
import { addRectification, followUpRectification } from '@/api/organisationLife'
import { useFieldError } from '@/hooks/useFieldError'
import { useRequest } from '@/hooks/useRequest'
import { useSubmit } from '@/hooks/useSubmit'
import { newRequestId } from '@/utils/requestId'
import { shanghai } from '@/utils/time'

export interface RectificationDraft {
  item: string
  ownerId: string
  deadline: string
}

const FIELDS = new Set(['item', 'ownerId', 'deadline'])
/** A new item is due in a month unless the secretary picks another day. */
const DEFAULT_DAYS = 30

const emptyDraft = (ownerId: string): RectificationDraft => ({
  item: '',
  ownerId,
  deadline: shanghai().add(DEFAULT_DAYS, 'day').format('YYYY-MM-DD'),
})

/** The 整改清单 the secretary keeps: add an item (owner from the roster), then follow it up. */
export function useRectifications(
  eventId: string,
  secretaryId: string,
  enabled: boolean,
  setView: (update: (view: LifeMeetingView | undefined) => LifeMeetingView | undefined) => void,
) {
  const roster = useRequest(() => listRoster(undefined, { silent: true }), [], { ready: enabled })
  const [draft, setDraft] = useState(() => emptyDraft(secretaryId))
  const [requestId, setRequestId] = useState(newRequestId)
  const errors = useFieldError((field) => FIELDS.has(field))
  const put = (row: RectificationRow) =>
    setView((view) => {
      if (!view) return view
      const others = view.rectifications.filter((item) => item.id !== row.id)
      return { ...view, rectifications: [...others, row].sort((a, b) => a.deadline.localeCompare(b.deadline)) }
    })
  const ownerId = draft.ownerId || secretaryId
  const adding = useSubmit(() => addRectification({ eventId, ...draft, ownerId, requestId }, { silent: true }), {
    onError: (err) => errors.fail(err, '添加失败，请稍后再试'),
    toast: { title: '已添加' },
    onDone: (row) => {
      put(row)
      setDraft(emptyDraft(secretaryId))
      setRequestId(newRequestId())
    },
  })
  const following = useSubmit(
    (rectificationId: string, done: boolean, note: string) =>
      followUpRectification({ rectificationId, done, note }, { silent: true }),
    { fallback: '保存失败，请稍后再试', toast: { title: '已记录' }, onDone: put },
  )
  const update = (change: Partial<RectificationDraft>) => {
    setDraft((previous) => ({ ...previous, ...change }))
    for (const field of Object.keys(change)) errors.changed(field)
  }
  const members = (roster.data ?? []).filter((entry) => entry.status === 'active')
  return { draft, ownerId, update, members, errors, adding, following }
}

export type RectificationsState = ReturnType<typeof useRectifications>
