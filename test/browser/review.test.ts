/**
 * 民主评议 in the browser on the demo data. Each `it` uses a branch of its own
 * and arranges what it needs through the review function as the branch's
 * secretary, so the steps do not depend on each other's order:
 * 第二支部 opens a 评议 in the app and its members self-assess and vote;
 * 第一支部 (the seed's open 评议) is closed, graded — the 优秀 ratio refused
 * first — and published; in 第三支部 (published through the API) a member
 * reads their result and objects, and the secretary answers; a leader reads
 * the progress per branch.
 */
import type { Page } from 'playwright-core'
import type { ActionName, Payload, Result } from '../../cloudfunctions/common/contract'
import { collections } from '../../cloudfunctions/common/db/collections'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { periodKey } from '../../cloudfunctions/common/periods'
import { demoIdentities, startBrowserHarness, type BrowserHarness } from '../helpers/browser'
import { confirmModal } from '../helpers/browserControls'
import { demoOpenid } from '../../local/seed/organisation'

let harness: BrowserHarness
beforeAll(async () => {
  harness = await startBrowserHarness('review')
}, 60000)
afterAll(() => harness?.close())

// Journeys of several pages on a shared 2-core machine; each locator wait fails first, naming what it missed.
jest.setTimeout(240_000)

const YEAR = Number(periodKey('year', new Date()))

const signIn = async (openid: string) => {
  const page = await harness.signIn(openid)
  page.setDefaultTimeout(40_000)
  await page.getByTestId('home-welcome').waitFor()
  return page
}

/** Calls the review function as the page's signed-in user, like the app does. */
const api = async <A extends ActionName<'review'>>(
  page: Page,
  action: A,
  payload: Payload<'review', A>,
): Promise<Result<'review', A>> => {
  const response = await page.request.post(`${harness.host.url}/api/review`, { data: { action, payload } })
  const envelope = await response.json()
  if (!envelope.ok) throw new Error(`${action}: ${envelope.code} ${envelope.message}`)
  return envelope.data
}

const openMenu = async (page: Page, entry: string) => {
  await page.goto(`${harness.host.url}/#/pages/mine/index`)
  await page.locator(`.menu-entry--${entry}`).first().click()
}

/** NutUI puts the class on the input itself or on its wrapper. */
const fill = (scope: Page | ReturnType<Page['locator']>, selector: string, value: string) =>
  scope.locator(`${selector} input, input${selector}, ${selector} textarea, textarea${selector}`).first().fill(value)

const chooseGrade = (scope: ReturnType<Page['locator']>, label: string) =>
  scope.getByText(label, { exact: true }).click()

describe('民主评议 in the browser', () => {
  it('a secretary opens a 评议; members self-assess and vote, changing a ballot; progress shows counts', async () => {
    const secretary = await signIn(demoIdentities.otherSecretary)
    await openMenu(secretary, 'review-manage')
    await secretary.getByTestId('review-open').waitFor()
    await harness.screenshot(secretary, 'secretary-open', { narrow: true })
    await secretary.locator('.review-open-submit').click()
    await secretary.getByTestId('review-progress').waitFor()

    const member = await signIn(demoIdentities.otherMember)
    const task = member.getByTestId('home-review-task')
    await task.waitFor()
    await harness.screenshot(member, 'home-task', { narrow: true })
    await task.click()
    await fill(member, '.review-self-text', '认真学习党的理论，按时参加组织生活，完成岗位工作。')
    await chooseGrade(member.locator('.review-self-grade'), '合格')
    await member.locator('.review-self-submit').click()
    await member.getByText('自评（已提交，可修改）').waitFor()

    const ballot = (id: string) => member.locator(`[data-testid=review-ballot][data-member=${id}] .review-ballot-grade`)
    await chooseGrade(ballot('m021'), '优秀')
    await chooseGrade(ballot('m022'), '合格')
    await chooseGrade(ballot('m022'), '基本合格')
    // 第二支部's active members, its 预备党员 included: everyone is reviewed and rates everyone else.
    const { total } = await openDatabase()
      .collection(collections.members.name)
      .where({ branchId: 'b2', status: 'active' })
      .count()
    const progress = member.getByTestId('review-ballot-progress')
    await expect(progress.textContent()).resolves.toMatch(`已评 2/${total - 1}`)
    await member.getByText('保存中…').first().waitFor({ state: 'detached' })
    await harness.screenshot(member, 'member-voting', { narrow: true })

    const mine = await api(member, 'getMyReview', { reviewId: `b2:${YEAR}` })
    const rated = mine.ballots.filter((row) => row.grade).sort((a, b) => a.id.localeCompare(b.id))
    expect(rated).toEqual([
      expect.objectContaining({ id: 'm021', grade: 'excellent' }),
      expect.objectContaining({ id: 'm022', grade: 'basic' }),
    ])
    await secretary.reload()
    await expect(secretary.getByTestId('review-self-count').textContent()).resolves.toMatch(new RegExp(`^1/${total}`))
    await expect(secretary.getByTestId('review-voted-count').textContent()).resolves.toMatch(new RegExp(`^1/${total}`))
    await harness.screenshot(secretary, 'secretary-progress', { narrow: true })
  })

  it('the secretary closes voting, proposes grades (the 优秀 ratio refused first) and publishes', async () => {
    const secretary = await signIn(demoIdentities.secretary)
    await openMenu(secretary, 'review-manage')
    await secretary.locator('.review-close').click()
    await confirmModal(secretary)
    const rows = secretary.getByTestId('review-grade-row')
    await rows.first().waitFor()
    for (const id of ['m002', 'm003', 'm006', 'm007', 'm008', 'm009', 'm010'])
      await chooseGrade(secretary.locator(`[data-testid=review-grade-row][data-member=${id}] .review-grade`), '优秀')
    await secretary.locator('.review-grades-submit').click()
    const refusal = secretary.getByTestId('review-grades-error')
    await expect(refusal.textContent()).resolves.toMatch(/7 人.*最多 6 人/)
    await harness.screenshot(secretary, 'ratio-refused', { narrow: true })

    const m010 = secretary.locator('[data-testid=review-grade-row][data-member=m010]')
    await chooseGrade(m010.locator('.review-grade'), '基本合格')
    await fill(m010, '.review-grade-reason', '全年两次无故缺席组织生活')
    await secretary.locator('.review-grades-submit').click()
    await secretary.locator('.review-publish').click()
    await confirmModal(secretary)
    await secretary.getByTestId('review-published').waitFor()
    await harness.screenshot(secretary, 'publicized', { narrow: true })
    const progress = await api(secretary, 'reviewProgress', { reviewId: `b1:${YEAR}` })
    expect(progress.review.phase).toBe('publicized')
    expect(progress.proposal?.filter((row) => row.grade === 'excellent')).toHaveLength(6)
  })

  it('a member reads their result and raises an objection; the secretary answers it', async () => {
    const secretary = await signIn(demoOpenid('m041'))
    const reviewId = `b3:${YEAR}`
    const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString()
    await api(secretary, 'openReview', { year: YEAR, closesAt })
    const opened = await api(secretary, 'closeReview', { reviewId })
    expect(opened.phase).toBe('closed')
    const { tallies } = await api(secretary, 'reviewProgress', { reviewId })
    const grades = (tallies ?? []).map((row) => ({
      memberId: row.id,
      grade: row.id === 'm047' ? ('excellent' as const) : ('qualified' as const),
    }))
    await api(secretary, 'proposeGrades', { reviewId, grades })
    await api(secretary, 'publishReview', { reviewId })

    const member = await signIn(demoOpenid('m046'))
    await openMenu(member, 'my-review')
    await expect(member.getByTestId('review-my-grade').textContent()).resolves.toBe('组织评定：合格')
    await member.locator('[data-testid=review-grade][data-member=m047] .review-object').click()
    await fill(member, '.review-objection-text', '该同志全年出勤不足，评为优秀依据不充分')
    await member.locator('.review-objection-submit').click()
    const mine = member.getByTestId('review-my-objection')
    await expect(member.getByTestId('review-objection-answer').textContent()).resolves.toBe('等待支部答复')
    await harness.screenshot(member, 'member-objection', { narrow: true })

    await openMenu(secretary, 'review-manage')
    await secretary.locator('[data-testid=review-objection][data-answered=no] .review-answer-open').click()
    await fill(secretary, '.review-answer-text', '经支委会复核出勤记录，维持优秀评定')
    await secretary.locator('.review-answer-submit').click()
    await secretary.locator('[data-testid=review-objection][data-answered=yes]').waitFor()

    await member.reload()
    await mine.waitFor()
    await expect(member.getByTestId('review-objection-answer').textContent()).resolves.toBe(
      '支部答复：经支委会复核出勤记录，维持优秀评定',
    )
    await harness.screenshot(member, 'member-answered', { narrow: true })
    await harness.screenshot(secretary, 'objection-answered', { narrow: true })
  })

  it('a leader sees the 评议 progress of every branch they reach', async () => {
    const leader = await signIn(demoIdentities.leader)
    await openMenu(leader, 'review-dashboard')
    const b1 = leader.locator('[data-testid=review-branch-row][data-branch=b1]')
    await b1.waitFor()
    await expect(leader.getByTestId('review-branch-row').count()).resolves.toBe(10)
    await expect(b1.textContent()).resolves.toMatch(/自评 \d+\/20/)
    await harness.screenshot(leader, 'leader-dashboard', { narrow: true })
  })

  it('the organisation admin sets the 优秀 share and the 公示 calendar; a date that does not exist is refused', async () => {
    const admin = await signIn(demoIdentities.admin)
    const before = await api(admin, 'getReviewSettings', {})
    try {
      await openMenu(admin, 'review-settings')
      await admin.locator('#review-holidays textarea, textarea#review-holidays').first().waitFor()
      await fill(admin, '#review-excellent', '28')
      await fill(admin, '#review-holidays', '2027-01-01\n2027-02-30')
      await admin.locator('.review-settings-save').click()
      await expect(admin.getByTestId('field-error').first().textContent()).resolves.toMatch(/节假日日期不是有效日期/)
      await fill(admin, '#review-holidays', '2027-01-01\n2027-02-11')
      await fill(admin, '#review-workdays', '2027-02-07')
      await admin.locator('.review-settings-save').click()
      await admin.getByText('已保存').first().waitFor()
      await harness.screenshot(admin, 'settings', { narrow: true })
      await expect(api(admin, 'getReviewSettings', {})).resolves.toEqual({
        excellentPercent: 28,
        holidays: ['2027-01-01', '2027-02-11'],
        workingWeekends: ['2027-02-07'],
      })
    } finally {
      await api(admin, 'updateReviewSettings', before)
    }
  })
})
