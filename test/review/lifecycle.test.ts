import { publicityEnd } from '../../cloudfunctions/review/rules/workingDays'
import { shanghai } from '../helpers/clock'
import {
  AFTER_CLOSE,
  B1_MEMBERS,
  LAST_REVIEW,
  NOW,
  OPEN_REVIEW,
  as,
  proposal,
  refused,
  setClock,
  useReviewCloud,
} from './helpers'

const t = useReviewCloud()
const secretary = as('m001')
const committee = as('m002')
const ref = { reviewId: OPEN_REVIEW }
const propose = (grades = proposal(B1_MEMBERS, ['m011'])) => ({ reviewId: OPEN_REVIEW, grades })

describe('公示 lasts five working days', () => {
  it('counts from the day after publication and skips weekends', () => {
    expect(publicityEnd(shanghai('2026-11-30 10:00'))).toEqual(shanghai('2026-12-08 00:00'))
    expect(publicityEnd(shanghai('2026-12-04 17:30'))).toEqual(shanghai('2026-12-12 00:00'))
    expect(publicityEnd(shanghai('2026-12-05 09:00'))).toEqual(shanghai('2026-12-12 00:00'))
  })
})

describe('opening a review', () => {
  it('opens one per branch and year, with a closing date ahead', async () => {
    const other = as('m021')
    const closesAt = shanghai('2026-12-20 18:00').toISOString()
    await refused(t, other, 'openReview', { year: 2024, closesAt }, 'REVIEW_YEAR_INVALID')
    await refused(t, other, 'openReview', { year: 2026, closesAt: NOW.toISOString() }, 'REVIEW_CLOSES_INVALID')
    await refused(
      t,
      other,
      'openReview',
      { year: 2026, closesAt: shanghai('2027-03-01 00:00').toISOString() },
      'REVIEW_CLOSES_INVALID',
    )
    const opened = await t.ok(other, 'review', 'openReview', { year: 2026, closesAt })
    expect(opened).toMatchObject({ id: 'b2:2026', phase: 'open', memberCount: 20, excellentPercent: 30 })
    await refused(t, other, 'openReview', { year: 2026, closesAt }, 'REVIEW_EXISTS')
  })

  it('takes the organisation’s 优秀 ratio as the admin set it', async () => {
    await t.ok(as('m005'), 'review', 'updateReviewSettings', { excellentPercent: 20 })
    const opened = await t.ok(as('m021'), 'review', 'openReview', {
      year: 2026,
      closesAt: shanghai('2026-12-20 18:00').toISOString(),
    })
    expect(opened.excellentPercent).toBe(20)
  })
})

describe('组织评定, 公示 and final', () => {
  it('refuses a proposal while voting is open, and from a plain member', async () => {
    await refused(t, committee, 'proposeGrades', propose(), 'REVIEW_STILL_OPEN')
    setClock(AFTER_CLOSE)
    await refused(t, as('m006'), 'proposeGrades', propose(), 'FORBIDDEN')
  })

  it('enforces the 优秀 ratio, a grade for everyone and reasons for 基本合格 and 不合格', async () => {
    setClock(AFTER_CLOSE)
    const seven = ['m002', 'm003', 'm006', 'm007', 'm008', 'm009', 'm010']
    await refused(
      t,
      committee,
      'proposeGrades',
      propose(proposal(B1_MEMBERS, seven)),
      'REVIEW_EXCELLENT_RATIO',
      /7 人.*最多 6 人/,
    )
    await refused(t, committee, 'proposeGrades', propose(proposal(B1_MEMBERS.slice(1))), 'REVIEW_GRADES_INCOMPLETE')
    await refused(
      t,
      committee,
      'proposeGrades',
      propose([...proposal(B1_MEMBERS), { memberId: 'm026', grade: 'qualified' }]),
      'REVIEW_RATEE_OUTSIDE',
    )
    const unexplained = proposal(B1_MEMBERS).map((row) =>
      row.memberId === 'm016' ? { ...row, grade: 'unqualified' as const } : row,
    )
    await refused(t, committee, 'proposeGrades', propose(unexplained), 'REVIEW_REASON_REQUIRED', /理由/)
    const explained = unexplained.map((row) =>
      row.memberId === 'm016' ? { ...row, reason: '全年未参加组织生活' } : row,
    )
    const progress = await t.ok(committee, 'review', 'proposeGrades', propose(explained))
    expect(progress.review.phase).toBe('proposed')
    expect(progress.proposal?.find((row) => row.id === 'm016')).toMatchObject({
      grade: 'unqualified',
      reason: '全年未参加组织生活',
    })
  })

  it('publishes for 5 working days with objections, then makes the result final and unchangeable', async () => {
    setClock(AFTER_CLOSE)
    await refused(t, secretary, 'publishReview', ref, 'REVIEW_NO_PROPOSAL')
    await t.ok(committee, 'review', 'proposeGrades', propose())
    expect((await t.ok(as('m006'), 'review', 'getMyReview', ref)).results).toBeNull()
    await refused(
      t,
      as('m006'),
      'raiseObjection',
      { ...ref, memberId: 'm011', text: '评定依据不足' },
      'REVIEW_NOT_PUBLICIZED',
    )
    const published = await t.ok(secretary, 'review', 'publishReview', ref)
    expect(published.publicityEndsAt).toBe(shanghai('2026-12-18 00:00').toISOString())
    await t.ok(as('m006'), 'review', 'raiseObjection', { ...ref, memberId: 'm011', text: '评定依据不足' })
    await refused(t, committee, 'proposeGrades', propose(), 'REVIEW_IN_PUBLICITY')
    await refused(t, secretary, 'finaliseReview', ref, 'REVIEW_PUBLICITY_RUNNING', /5 个工作日/)
    const mine = await t.ok(as('m011'), 'review', 'getMyReview', ref)
    expect(mine.results?.myCounts).toEqual({ excellent: 3, qualified: 0, basic: 0, unqualified: 0 })
    expect(mine.results?.grades).toHaveLength(20)
    setClock(shanghai('2026-12-18 00:00'))
    await refused(t, as('m007'), 'raiseObjection', { ...ref, memberId: 'm011', text: '晚了' }, 'REVIEW_NOT_PUBLICIZED')
    await refused(t, secretary, 'finaliseReview', ref, 'REVIEW_OBJECTIONS_OPEN', /尚未答复/)
    const [raised] = (await t.ok(secretary, 'review', 'reviewProgress', ref)).objections
    await t.ok(secretary, 'review', 'answerObjection', {
      ...ref,
      objectionId: raised.id,
      answer: '经支委会复核，维持评定',
    })
    expect(await t.ok(secretary, 'review', 'finaliseReview', ref)).toMatchObject({ phase: 'final' })
    await refused(t, committee, 'proposeGrades', propose(), 'REVIEW_FINAL', /不能再修改/)
    await refused(t, secretary, 'closeReview', ref, 'REVIEW_FINAL')
    const progress = await t.ok(secretary, 'review', 'reviewProgress', ref)
    expect(progress.objections).toEqual([
      expect.objectContaining({
        about: expect.objectContaining({ id: 'm011' }),
        text: '评定依据不足',
        answer: expect.objectContaining({ text: '经支委会复核，维持评定' }),
      }),
    ])
  })

  it('feeds the figures: participation and final grade counts of last year', async () => {
    const figures = await t.ok(as('m004'), 'review', 'reviewDashboard', { year: 2025 })
    expect(figures.find((row) => row.branchId === 'b1')).toMatchObject({
      phase: 'final',
      members: 20,
      selfDone: 18,
      voted: 4,
      grades: { excellent: 3, qualified: 16, basic: 1, unqualified: 0 },
    })
    expect(figures).toHaveLength(4)
    const last = await t.ok(as('m006'), 'review', 'getMyReview', { reviewId: LAST_REVIEW })
    expect([...new Set(last.ballots.map((row) => row.grade))]).toEqual([null])
  })
})
