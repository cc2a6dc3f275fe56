import { as, refused, useReviewCloud } from './helpers'

const t = useReviewCloud()
const secretary = as('m001')
const b1 = { branchId: 'b1', year: 2026 }
const talk = (withId: string, on = '2026-11-30') => ({ withId, on, kind: 'heart' as const, topic: '年度思想交流' })

describe('谈心谈话', () => {
  it('a recorded talk updates this year’s coverage for the secretary and the committee', async () => {
    const before = await t.ok(secretary, 'review', 'talkCoverage', b1)
    expect(before.secretary).toMatchObject({ covered: 6, total: 19 })
    expect(before.secretary.missing.map((row) => row.id)).toContain('m016')
    expect(before.committee).toMatchObject({ covered: 1, total: 3 })
    await t.ok(secretary, 'review', 'recordTalk', talk('m016'))
    await t.ok(as('m003'), 'review', 'recordTalk', { ...talk('m002'), kind: 'reminder', notes: '注意工作方法' })
    const after = await t.ok(as('m002'), 'review', 'talkCoverage', b1)
    expect(after.secretary).toMatchObject({ covered: 7, total: 19 })
    expect(after.secretary.missing.map((row) => row.id)).not.toContain('m016')
    expect(after.committee.missing.map((pair) => pair.map((row) => row.id).sort())).toEqual([['m001', 'm003']])
    const figures = await t.ok(secretary, 'review', 'refreshReviewFigures', b1)
    expect(figures).toMatchObject({
      talks: 8,
      secretaryCoverage: { covered: 7, total: 19 },
      committeeCoverage: { covered: 2, total: 3 },
    })
  })

  it('records a retried form once', async () => {
    const once = { ...talk('m016'), requestId: 'req-talk-1' }
    const first = await t.ok(secretary, 'review', 'recordTalk', once)
    expect((await t.ok(secretary, 'review', 'recordTalk', once)).id).toBe(first.id)
    expect(await t.ok(secretary, 'review', 'listTalks', b1)).toHaveLength(7)
  })

  it('keeps the notes from plain members, the admin and other branches, and lets leaders read them', async () => {
    for (const who of ['m006', 'm005', 'm021'])
      await refused(t, as(who), 'listTalks', b1, 'TALK_FORBIDDEN', /仅支部委员会和党委领导/)
    await refused(t, as('m006'), 'talkCoverage', b1, 'TALK_FORBIDDEN')
    const read = await t.ok(as('m004'), 'review', 'listTalks', b1)
    expect(read[0]).toMatchObject({ notes: '交流顺畅，无特殊情况。' })
  })

  it('refuses a talk with oneself, another branch’s member, a future or too old date, and from a plain member', async () => {
    await refused(t, secretary, 'recordTalk', talk('m001'), 'TALK_MEMBER_OUTSIDE')
    await refused(t, secretary, 'recordTalk', talk('m026'), 'TALK_MEMBER_OUTSIDE', /本支部/)
    await refused(t, secretary, 'recordTalk', talk('m016', '2026-12-01'), 'TALK_DATE_INVALID')
    await refused(t, secretary, 'recordTalk', talk('m016', '2024-12-31'), 'TALK_DATE_INVALID')
    await refused(t, secretary, 'recordTalk', talk('m016', '2026-02-30'), 'INVALID_INPUT', /不是有效日期/)
    await refused(t, as('m006'), 'recordTalk', talk('m016'), 'FORBIDDEN')
  })
})
