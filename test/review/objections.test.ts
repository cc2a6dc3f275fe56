import { publicityEnd } from '../../cloudfunctions/review/rules/workingDays'
import { shanghai } from '../helpers/clock'
import { demoIdentities } from '../helpers/testCloud'
import { growTree, subLeader } from '../units/helpers'
import { AFTER_CLOSE, B1_MEMBERS, OPEN_REVIEW, as, proposal, refused, setClock, useReviewCloud } from './helpers'

const t = useReviewCloud()
const secretary = as('m001')
const ref = { reviewId: OPEN_REVIEW }

/** 第一支部's 2026 review in 公示 (published at AFTER_CLOSE), with m006's objection about m011. */
const inPublicity = async () => {
  setClock(AFTER_CLOSE)
  await t.ok(as('m002'), 'review', 'proposeGrades', { ...ref, grades: proposal(B1_MEMBERS, ['m011']) })
  await t.ok(secretary, 'review', 'publishReview', ref)
  return t.ok(as('m006'), 'review', 'raiseObjection', { ...ref, memberId: 'm011', text: '评定依据不足' })
}

describe('answering objections', () => {
  it('lets the secretary answer during 公示; the member who raised it reads the answer', async () => {
    const raised = await inPublicity()
    expect(raised.answer).toBeNull()
    const answer = { ...ref, objectionId: raised.id, answer: '经支委会复核，维持评定' }
    const answered = await t.ok(secretary, 'review', 'answerObjection', answer)
    expect(answered).toMatchObject({ id: raised.id, answer: { text: answer.answer, by: { id: 'm001' } } })
    const reworded = await t.ok(secretary, 'review', 'answerObjection', { ...answer, answer: '已复核，维持评定' })
    expect(reworded.answer?.text).toBe('已复核，维持评定')
    const mine = await t.ok(as('m006'), 'review', 'getMyReview', ref)
    expect(mine.results?.myObjections).toEqual([expect.objectContaining({ id: raised.id, answer: reworded.answer })])
    expect((await t.ok(as('m007'), 'review', 'getMyReview', ref)).results?.myObjections).toEqual([])
  })

  it('refuses a committee member, another branch, a missing objection, bad input, and any answer after final', async () => {
    const raised = await inPublicity()
    const answer = { ...ref, objectionId: raised.id, answer: '维持评定' }
    await refused(t, as('m002'), 'answerObjection', answer, 'FORBIDDEN')
    await refused(t, as('m021'), 'answerObjection', answer, 'NOT_FOUND')
    await refused(
      t,
      secretary,
      'answerObjection',
      { ...answer, objectionId: 'obj-missing' },
      'REVIEW_OBJECTION_MISSING',
    )
    await refused(t, secretary, 'answerObjection', { ...answer, answer: '' }, 'INVALID_INPUT')
    await refused(t, secretary, 'answerObjection', { ...answer, answer: '长'.repeat(501) }, 'INVALID_INPUT')
    setClock(shanghai('2026-12-18 00:00'))
    await refused(t, secretary, 'finaliseReview', ref, 'REVIEW_OBJECTIONS_OPEN')
    await t.ok(secretary, 'review', 'answerObjection', answer)
    await t.ok(secretary, 'review', 'finaliseReview', ref)
    await refused(t, secretary, 'answerObjection', answer, 'REVIEW_FINAL')
  })

  it('has nothing to answer before 公示', async () => {
    await refused(
      t,
      secretary,
      'answerObjection',
      { ...ref, objectionId: 'obj-any', answer: '维持评定' },
      'REVIEW_NOT_PUBLICIZED',
    )
  })
})

describe('公示 on the organisation’s calendar', () => {
  it('skips holidays and counts 调休 weekend days', () => {
    const calendar = { holidays: ['2026-12-14', '2026-12-15'], workingWeekends: ['2026-12-12'] }
    // Published Thu 10th: Fri 11, Sat 12 (调休), Mon 14 and Tue 15 off, Wed 16, Thu 17, Fri 18.
    expect(publicityEnd(AFTER_CLOSE, calendar)).toEqual(shanghai('2026-12-19 00:00'))
    // Without the 调休 Saturday the fifth day is Mon 21.
    expect(publicityEnd(AFTER_CLOSE, { holidays: calendar.holidays, workingWeekends: [] })).toEqual(
      shanghai('2026-12-22 00:00'),
    )
  })

  it('is an admin setting that publication uses; a list left out keeps its value', async () => {
    const admin = demoIdentities.admin
    expect(await t.ok(admin, 'review', 'getReviewSettings', {})).toEqual({
      excellentPercent: 30,
      holidays: [],
      workingWeekends: [],
    })
    await t.ok(admin, 'review', 'updateReviewSettings', {
      excellentPercent: 30,
      holidays: ['2026-12-14', '2026-12-14', '2026-12-11'],
    })
    expect(await t.ok(admin, 'review', 'updateReviewSettings', { excellentPercent: 25 })).toEqual({
      excellentPercent: 25,
      holidays: ['2026-12-11', '2026-12-14'],
      workingWeekends: [],
    })
    await refused(t, admin, 'updateReviewSettings', { excellentPercent: 30, holidays: ['2026-02-30'] }, 'INVALID_INPUT')
    await inPublicity()
    const progress = await t.ok(secretary, 'review', 'reviewProgress', ref)
    // Published Thu 10th; Fri 11 and Mon 14 are holidays: Tue 15 … Mon 21 are the five days.
    expect(progress.review.publicityEndsAt).toBe(shanghai('2026-12-22 00:00').toISOString())
  })
})

describe('the leaders’ dashboard', () => {
  it('lists the leaf units a subtree leader reaches, and every branch for the whole organisation', async () => {
    await growTree(t)
    const whole = await t.ok(as('m004'), 'review', 'reviewDashboard', { year: 2026 })
    expect(whole.map((row) => row.branchId).sort()).toEqual(['b1', 'b2', 'b3', 'b4'])
    const sub = await t.ok(subLeader, 'review', 'reviewDashboard', { year: 2026 })
    expect(sub.map((row) => row.branchId).sort()).toEqual(['b2', 'b3'])
    const general = await t.ok(as('m042'), 'review', 'reviewDashboard', { year: 2026 })
    expect(general.map((row) => row.branchId)).toEqual(['b3'])
    expect(general[0]).toMatchObject({ branchName: '第三支部', phase: null, path: ['二分公司党委', '机关党总支'] })
    expect(whole.find((row) => row.branchId === 'b1')).toMatchObject({ phase: 'open', members: 20, path: [] })
  })
})
