import { useEffect, useState } from 'react'
import type { BranchEventRow, BirthdayMonth } from '@contract'
import { listBranchEvents } from '@/api/events'
import { addBirthdaysToAgenda, politicalBirthdays } from '@/api/organisationLife'
import { useRequest } from '@/hooks/useRequest'
import { useSubmit } from '@/hooks/useSubmit'
import { confirmDialog } from '@/utils/dialog'
import { shanghai } from '@/utils/time'

/** Coming 主题党日 of the branch: planned and not started, in the birthday months. */
const comingThemeDays = async (months: string[]): Promise<BranchEventRow[]> => {
  const lists = await Promise.all(months.map((month) => listBranchEvents(month, { silent: true })))
  return lists
    .flat()
    .filter((event) => event.type === 'theme_day' && event.status === 'planned' && event.phase === 'upcoming')
}

const load = async () => {
  const months = await politicalBirthdays({ silent: true })
  return { months, themeDays: await comingThemeDays(months.map((month) => month.month)) }
}

/** The members whose 政治生日 falls in the event's month (this month when there is no event). */
const membersFor = (months: BirthdayMonth[], event: BranchEventRow | undefined) => {
  const month = shanghai(event?.start).format('YYYY-MM')
  return months.find((entry) => entry.month === month)?.members.map((member) => member.id) ?? []
}

/**
 * 政治生日 (secretary): this month's and next month's members, and one tap to
 * add the chosen ones to a coming 主题党日's agenda (重温入党誓词).
 */
export function useBirthdays() {
  const state = useRequest(load, [], { pullDownRefresh: true })
  const [eventId, setEventId] = useState<string>()
  const [selected, setSelected] = useState<string[]>([])
  const [agenda, setAgenda] = useState<string>()
  const data = state.data
  const event = data?.themeDays.find((row) => row.id === eventId)
  const choose = (next: BranchEventRow | undefined) => {
    setEventId(next?.id)
    if (data) setSelected(membersFor(data.months, next))
  }
  useEffect(() => {
    if (data) choose(data.themeDays[0])
    // eslint-disable-next-line react-hooks/exhaustive-deps -- chooses once per load
  }, [data])
  const toggle = (memberId: string) =>
    setSelected((previous) =>
      previous.includes(memberId) ? previous.filter((id) => id !== memberId) : [...previous, memberId],
    )
  const adding = useSubmit(() => addBirthdaysToAgenda({ eventId: eventId ?? '', memberIds: selected }), {
    toast: { title: '已加入议程' },
    onDone: (result) => setAgenda(result.agenda),
  })
  const add = async () => {
    if (!event || !selected.length) return
    const confirmed = await confirmDialog({
      title: '加入活动议程',
      content: `将 ${selected.length} 名党员的政治生日加入「${event.title}」的议程，并安排重温入党誓词。`,
    })
    if (confirmed) await adding.run()
  }
  return { ...state, event, choose, selected, toggle, add, adding: adding.running, agenda }
}
