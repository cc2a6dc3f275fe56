import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import type { TestCloud } from '../helpers/testCloud'
import { as, refused, useReviewCloud } from './helpers'

const t = useReviewCloud()
const secretary = as('m001')

const lifeMeeting = async (cloud: TestCloud): Promise<string> => {
  const { data } = await cloud.db
    .collection<EventDoc>(collections.events.name)
    .where({ branchId: 'b1', type: 'life_meeting' })
    .limit(1)
    .get()
  return data[0]._id
}

describe('组织生活会 record and 整改清单', () => {
  it('flags the seeded item past its deadline on the secretary’s home, and clears it when done', async () => {
    const overdue = await t.ok(secretary, 'review', 'overdueRectifications', {})
    expect(overdue).toEqual([expect.objectContaining({ item: '建立党员理论学习台账', overdue: true, status: 'open' })])
    await t.ok(secretary, 'review', 'followUpRectification', {
      rectificationId: overdue[0].id,
      done: true,
      note: '台账已建立',
    })
    expect(await t.ok(secretary, 'review', 'overdueRectifications', {})).toEqual([])
    expect(await t.ok(as('m021'), 'review', 'overdueRectifications', {})).toEqual([])
  })

  it('shows every 对照检查材料 to the committee and only one’s own to a member', async () => {
    const eventId = await lifeMeeting(t)
    await t.ok(as('m008'), 'review', 'submitCheckMaterial', { eventId, text: '查摆发挥作用不够的问题。' })
    const committee = await t.ok(as('m002'), 'review', 'getLifeMeeting', { eventId })
    expect(committee.materials.map((row) => row.id).sort()).toEqual(['m006', 'm007', 'm008'])
    expect(committee.theme).toBe('学习贯彻党的创新理论，对照检查找差距')
    const member = await t.ok(as('m008'), 'review', 'getLifeMeeting', { eventId })
    expect(member.materials.map((row) => row.id)).toEqual(['m008'])
    expect(member.rectifications).toHaveLength(2)
  })

  it('refuses another event type, an owner from another branch, a past deadline, and writes nothing', async () => {
    const eventId = await lifeMeeting(t)
    const { data } = await t.db
      .collection<EventDoc>(collections.events.name)
      .where({ branchId: 'b1', type: 'theme_day' })
      .limit(1)
      .get()
    await refused(t, secretary, 'recordLifeMeeting', { eventId: data[0]._id, theme: '主题' }, 'LIFE_MEETING_ONLY')
    const item = { eventId, item: '完善制度', ownerId: 'm026', deadline: '2026-12-31' }
    await refused(t, secretary, 'addRectification', item, 'RECTIFICATION_OWNER_OUTSIDE')
    await refused(
      t,
      secretary,
      'addRectification',
      { ...item, ownerId: 'm010', deadline: '2026-11-29' },
      'RECTIFICATION_DEADLINE_PAST',
    )
    await refused(t, as('m021'), 'getLifeMeeting', { eventId }, 'NOT_FOUND')
    await refused(t, as('m006'), 'addRectification', { ...item, ownerId: 'm010' }, 'FORBIDDEN')
  })
})
