import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import { as, refused, useReviewCloud } from './helpers'

const t = useReviewCloud()
const secretary = as('m001')

const upcoming = async (type: EventDoc['type']) => {
  const { data } = await t.db
    .collection<EventDoc>(collections.events.name)
    .where({ branchId: 'b1', type, status: 'planned' })
    .limit(1)
    .get()
  return data[0]
}

describe('政治生日', () => {
  it('lists this month’s and next month’s anniversaries of the branch by day', async () => {
    const months = await t.ok(secretary, 'review', 'politicalBirthdays', {})
    expect(
      months.map((month) => [month.month, month.members.map((row) => `${row.name}:${row.day}:${row.years}`)]),
    ).toEqual([
      ['2026-11', [expect.stringMatching(/:11-15:12$/), expect.stringMatching(/:11-23:24$/)]],
      ['2026-12', [expect.stringMatching(/:12-14:13$/), expect.stringMatching(/:12-22:25$/)]],
    ])
  })

  it('adds the chosen members to a coming 主题党日’s agenda in one tap, once', async () => {
    const lecture = await upcoming('party_lecture')
    await refused(
      t,
      secretary,
      'addBirthdaysToAgenda',
      { eventId: lecture._id, memberIds: ['m007'] },
      'BIRTHDAY_EVENT_INVALID',
    )
    await t.db
      .collection(collections.events.name)
      .doc(lecture._id)
      .update({ data: { type: 'theme_day' } })
    await refused(
      t,
      secretary,
      'addBirthdaysToAgenda',
      { eventId: lecture._id, memberIds: ['m010'] },
      'BIRTHDAY_MEMBER_OUTSIDE',
    )
    const added = await t.ok(secretary, 'review', 'addBirthdaysToAgenda', {
      eventId: lecture._id,
      memberIds: ['m007', 'm019'],
    })
    expect(added.agenda.split('\n').pop()).toMatch(/^政治生日：.+（入党13周年）、.+（入党25周年），重温入党誓词$/)
    const again = await t.ok(secretary, 'review', 'addBirthdaysToAgenda', {
      eventId: lecture._id,
      memberIds: ['m007', 'm019'],
    })
    expect(again.agenda).toBe(added.agenda)
    const event = await t.ok(as('m006'), 'events', 'getEvent', { eventId: lecture._id })
    expect(event.agenda).toBe(added.agenda)
  })
})
