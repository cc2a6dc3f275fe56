import { useEffect, useState } from 'react'
import type { LifeMeetingView } from '@contract'
import { getLifeMeeting, recordLifeMeeting } from '@/api/organisationLife'
import { useBoundProfile } from '@/hooks/me'
import { useRequest } from '@/hooks/useRequest'
import { useSubmit } from '@/hooks/useSubmit'

export interface MeetingRecordDraft {
  theme: string
  criticism: string
}

/**
 * 组织生活会 record of one life_meeting event: the secretary writes the theme
 * and 批评与自我批评; the committee reads every 对照检查材料, a member their own.
 */
export function useLifeMeeting(eventId: string) {
  const { profile } = useBoundProfile()
  const meeting = useRequest(() => getLifeMeeting(eventId, { silent: true }), [eventId], { pullDownRefresh: true })
  const [draft, setDraft] = useState<MeetingRecordDraft>({ theme: '', criticism: '' })
  const loaded = meeting.data
  useEffect(() => {
    if (loaded) setDraft({ theme: loaded.theme, criticism: loaded.criticism })
  }, [loaded])
  const replace = (view: LifeMeetingView) => meeting.setData(() => view)
  const saving = useSubmit(
    () => recordLifeMeeting({ eventId, theme: draft.theme, criticism: draft.criticism }, { silent: true }),
    { fallback: '保存失败，请稍后再试', toast: { title: '已保存' }, onDone: replace },
  )
  const roles = profile?.roles ?? []
  return {
    meeting,
    draft,
    setDraft: (change: Partial<MeetingRecordDraft>) => setDraft((previous) => ({ ...previous, ...change })),
    save: saving,
    replace,
    memberId: profile?.memberId ?? '',
    isSecretary: roles.includes('secretary'),
    onCommittee: roles.includes('secretary') || roles.includes('committee'),
  }
}

export type LifeMeetingState = ReturnType<typeof useLifeMeeting>
