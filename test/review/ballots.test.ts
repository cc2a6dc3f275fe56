import type { Grade } from '../../cloudfunctions/common/contract/reviewLabels'
import { AFTER_CLOSE, OPEN_REVIEW, as, refused, setClock, useReviewCloud } from './helpers'

const t = useReviewCloud()
const ballot = (rateeId: string, grade: Grade = 'qualified') => ({ reviewId: OPEN_REVIEW, rateeId, grade })

describe('互评 ballots', () => {
  it('a member rates another once, may repeat the same answer, and changes it only through changeBallot', async () => {
    expect(await t.ok(as('m006'), 'review', 'castBallot', ballot('m016', 'excellent'))).toMatchObject({
      id: 'm016',
      grade: 'excellent',
    })
    await t.ok(as('m006'), 'review', 'castBallot', ballot('m016', 'excellent'))
    await refused(t, as('m006'), 'castBallot', ballot('m016', 'basic'), 'REVIEW_BALLOT_EXISTS', /如需更改/)
    await t.ok(as('m006'), 'review', 'changeBallot', ballot('m016', 'basic'))
    const mine = await t.ok(as('m006'), 'review', 'getMyReview', { reviewId: OPEN_REVIEW })
    expect(mine.ballots.find((row) => row.id === 'm016')?.grade).toBe('basic')
    expect(mine.ballots.filter((row) => row.grade !== null)).toHaveLength(1)
    const progress = await t.ok(as('m001'), 'review', 'reviewProgress', { reviewId: OPEN_REVIEW })
    expect(progress.ballots).toBe(12 + 1)
    expect(progress.tallies).toBeNull()
  })

  it('refuses rating oneself, a member of another branch, changing a ballot never cast, and writes nothing', async () => {
    await refused(t, as('m006'), 'castBallot', ballot('m006'), 'REVIEW_SELF_BALLOT', /不能评价自己/)
    await refused(t, as('m006'), 'castBallot', ballot('m026'), 'REVIEW_RATEE_OUTSIDE', /本支部/)
    await refused(t, as('m006'), 'castBallot', ballot('m999'), 'REVIEW_RATEE_OUTSIDE')
    await refused(t, as('m006'), 'changeBallot', ballot('m016'), 'REVIEW_BALLOT_MISSING')
  })

  it('answers another branch as if the review did not exist', async () => {
    await refused(t, as('m026'), 'castBallot', ballot('m016'), 'NOT_FOUND', /未找到该民主评议/)
    await refused(t, as('m026'), 'getMyReview', { reviewId: OPEN_REVIEW }, 'NOT_FOUND')
  })

  it('refuses ballots, changes and 自评 once voting has closed by the clock', async () => {
    await t.ok(as('m006'), 'review', 'castBallot', ballot('m016'))
    setClock(AFTER_CLOSE)
    await refused(t, as('m007'), 'castBallot', ballot('m016'), 'REVIEW_NOT_OPEN', /已截止/)
    await refused(t, as('m006'), 'changeBallot', ballot('m016', 'excellent'), 'REVIEW_NOT_OPEN')
    await refused(
      t,
      as('m006'),
      'submitSelfAssessment',
      { reviewId: OPEN_REVIEW, text: '自评', grade: 'qualified' },
      'REVIEW_NOT_OPEN',
    )
  })

  it('refuses a member who joined after the review opened', async () => {
    await t.db
      .collection('members')
      .doc('m026')
      .update({ data: { branchId: 'b1' } })
    await refused(t, as('m026'), 'castBallot', ballot('m016'), 'REVIEW_NOT_PARTICIPANT', /名单/)
  })

  it('takes a whole branch voting at once without an error: nothing shared is written', async () => {
    const raters = Array.from({ length: 18 }, (_, index) => `m${String(index + 1).padStart(3, '0')}`).filter(
      (id) => id !== 'm016',
    )
    const answers = await Promise.all(
      raters.map((id) =>
        t.call(as(id), 'review', 'castBallot', ballot('m016', id === 'm006' ? 'excellent' : 'qualified')),
      ),
    )
    expect(answers.filter((answer) => !answer.ok)).toEqual([])
    setClock(AFTER_CLOSE)
    const progress = await t.ok(as('m001'), 'review', 'reviewProgress', { reviewId: OPEN_REVIEW })
    expect(progress.tallies?.find((row) => row.id === 'm016')?.counts).toEqual({
      excellent: 1,
      qualified: 16,
      basic: 0,
      unqualified: 0,
    })
    expect(progress.voted).toBe(17)
  })

  it("自评 is the member's own and can be rewritten while voting is open", async () => {
    const self = { reviewId: OPEN_REVIEW, text: '认真学习，按时参加组织生活。', grade: 'qualified' as const }
    await t.ok(as('m006'), 'review', 'submitSelfAssessment', self)
    await t.ok(as('m006'), 'review', 'submitSelfAssessment', { ...self, grade: 'excellent' })
    const mine = await t.ok(as('m006'), 'review', 'getMyReview', { reviewId: OPEN_REVIEW })
    expect(mine.self).toMatchObject({ text: self.text, grade: 'excellent' })
    const tasks = await t.ok(as('m006'), 'review', 'myReviewTasks', {})
    expect(tasks).toEqual([expect.objectContaining({ selfDone: true, rated: 0, toRate: 19 })])
  })

  it('the nightly timer seals a review whose voting ended by the clock: its raters no longer find their ballots', async () => {
    await t.ok(as('m006'), 'review', 'castBallot', ballot('m016', 'excellent'))
    setClock(AFTER_CLOSE)
    expect(await t.cloud.runTimer('review', 'sealDueReviews')).toEqual({ ok: true, data: { sealed: 1 } })
    expect((await t.db.collection('reviewKeys').where({ _id: OPEN_REVIEW }).get()).data).toEqual([])
    const mine = await t.ok(as('m006'), 'review', 'getMyReview', { reviewId: OPEN_REVIEW })
    expect([...new Set(mine.ballots.map((row) => row.grade))]).toEqual([null])
    expect(mine.review.phase).toBe('closed')
  })
})
