import type { Page } from 'playwright-core'
import type { MemberRanking, MyPoints } from '../../cloudfunctions/common/contract'
import { callAs, demoIdentities, HARNESS_START_MS, startBrowserHarness, type BrowserHarness } from '../helpers/browser'

jest.setTimeout(120_000)

let harness: BrowserHarness
beforeAll(async () => {
  harness = await startBrowserHarness('points')
}, HARNESS_START_MS)
afterAll(() => harness?.close())

const TITLE = '浏览器测试：五秒学习资料'
const REVISED = '浏览器测试：待修订的学习资料'
const BODY =
  '# 学习要求\n\n请认真阅读本材料，**五秒钟**后点击“完成学习”。\n\n- 第一条：坚定理想信念\n- 第二条：践行初心使命'

/** Calls the points function as a demo user, as the app would. */
const call = <T>(openid: string, action: string, payload: unknown): Promise<T> =>
  callAs<T>(harness, openid, 'points', action, payload)

/**
 * Puts 王某 (m007) exactly one point ahead of the member (m006) this month, so the
 * member's next point must lift their branch rank (a tie ranks equal).
 */
const placeJustBehindColleague = async () => {
  const ranking = await call<MemberRanking>(demoIdentities.member, 'rankMembers', { kind: 'month', scope: 'branch' })
  const mine = ranking.me?.points ?? 0
  const colleague = ranking.entries.find((entry) => entry.memberId === 'm007')?.points ?? 0
  const award = (memberId: string, points: number) =>
    call(demoIdentities.secretary, 'awardManually', {
      memberId,
      points,
      reason: '浏览器测试准备',
      requestId: `prep-${memberId}`,
    })
  if (colleague <= mine) await award('m007', mine + 1 - colleague)
  else if (colleague > mine + 1) await award('m006', colleague - mine - 1)
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).first().innerText()).trim()

/** The admin publishes a five-second article: each test that needs one publishes its own. */
const publishMaterial = (title: string) =>
  call(demoIdentities.admin, 'publishMaterial', { kind: 'article', title, body: BODY, requiredSeconds: 5 })

/** The figure under a caption of the study page's points card (本季度 has no test id of its own). */
const cardFigure = async (page: Page, caption: string) =>
  (
    await page.locator('.study__card-cell').filter({ hasText: caption }).locator('.study__card-value').innerText()
  ).trim()

describe('study points in the browser', () => {
  it('refuses 完成学习 too early, grants it after the required time, and the points and rank change', async () => {
    // The organisation chose timed study and full rankings (the defaults are untimed, own standing only).
    await call(demoIdentities.admin, 'updateSettings', { rankingVisibility: 'full', studyTimed: true })
    await publishMaterial(TITLE)
    await placeJustBehindColleague()
    const page = await harness.signIn(demoIdentities.member)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/pages/study/index`)
    await page.getByTestId('material-row').getByText(TITLE).waitFor()
    const monthBefore = Number(await text(page, 'study-month'))
    const rankBefore = await text(page, 'study-rank')
    await harness.screenshot(page, '01-study-tab')

    await page.getByTestId('material-row').getByText(TITLE).click()
    await page.getByTestId('material-title').getByText(TITLE).waitFor()
    await page.getByTestId('study-timer').getByText('还需学习').waitFor()
    await page.locator('.study-complete').first().click()
    await page
      .getByTestId('study-outcome')
      .getByText(/学习时间不足，还需学习 \d 秒/)
      .waitFor()
    await harness.screenshot(page, '02-too-early')

    await page.getByTestId('study-timer').getByText('已达到学习时长').waitFor({ timeout: 15000 })
    // The refusal was about the time: it goes once the time is reached.
    expect(await page.getByTestId('study-outcome').count()).toBe(0)
    await harness.screenshot(page, '02b-time-reached', { narrow: true })
    await page.locator('.study-complete').first().click()
    await page.getByTestId('study-outcome').getByText('学习完成，积分 +1').waitFor()
    await harness.screenshot(page, '03-granted')

    await page.goto(`${harness.host.url}/#/pages/study/index`)
    await page
      .getByTestId('study-month')
      .getByText(String(monthBefore + 1))
      .waitFor()
    const rankAfter = await text(page, 'study-rank')
    const rankNumber = (label: string) => Number(label.replace(/\D/g, ''))
    expect(rankNumber(rankAfter)).toBeLessThan(rankNumber(rankBefore))
    expect(await page.getByTestId('material-row').filter({ hasText: TITLE }).innerText()).toContain('已完成')
    await harness.screenshot(page, '04-study-tab-after')

    await page.locator('.study-action--ranking').first().click()
    await page
      .getByTestId('ranking-me')
      .getByText(`第 ${rankNumber(rankAfter)} 名 · ${monthBefore + 1} 分`)
      .waitFor()
    await harness.screenshot(page, '05-ranking-branch')
    await page.locator('.ranking-tab--branches').first().click()
    await page.getByTestId('ranking-me').getByText('本支部第').waitFor()
    await harness.screenshot(page, '06-ranking-branches')

    await page.goto(`${harness.host.url}/#/packages/study/history/index`)
    await page.getByTestId('ledger-row').getByText(`完成学习：${TITLE}`).waitFor()
    await harness.screenshot(page, '07-history')
  })

  it('shows the member the 本月 / 今日 / 本季度 / 本年 points the points function counts for them', async () => {
    const mine = await call<MyPoints>(demoIdentities.member, 'myPoints', {})
    // The seed's history spreads the member's points over the year: a figure shown in another's
    // place (the year as 本月) must show. Computed here, not copied from the seed.
    expect(new Set([mine.month, mine.quarter, mine.year]).size).toBe(3)
    const page = await harness.signIn(demoIdentities.member)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/pages/study/index`)
    await page.getByTestId('study-month').getByText(String(mine.month), { exact: true }).waitFor()
    expect({
      month: await text(page, 'study-month'),
      today: await text(page, 'study-today'),
      quarter: await cardFigure(page, '本季度'),
      year: await text(page, 'study-year'),
    }).toEqual({
      month: String(mine.month),
      today: String(mine.today),
      quarter: String(mine.quarter),
      year: String(mine.year),
    })
  })

  it('lets the secretary approve a claim from the review queue', async () => {
    const page = await harness.signIn(demoIdentities.secretary)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/packages/study/review/index`)
    const card = page.getByTestId('claim-card').filter({ hasText: '学习二十大报告体会' })
    await card.waitFor()
    await harness.screenshot(page, '08-review-queue')
    await card.locator('.review-approve').first().click()
    await card.waitFor({ state: 'detached' })
    await page.locator('.review-tab--approved').first().click()
    await page.getByTestId('claim-card').filter({ hasText: '学习二十大报告体会' }).getByText('计 5 分').waitFor()
    await harness.screenshot(page, '09-review-approved')
  })

  it('shows the admin the rules table and a clean reconciliation', async () => {
    const page = await harness.signIn(demoIdentities.admin)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/packages/study/rules/index`)
    await page.getByTestId('rule-card').nth(4).waitFor()
    expect(await page.getByTestId('rule-card').count()).toBe(5)
    await page.locator('.rules-check').first().click()
    await page.getByTestId('reconcile-report').getByText('没有偏差').waitFor()
    await harness.screenshot(page, '10-rules')

    // A wrong cap is marked on its own input of its own rule, and goes when that input changes.
    const reflection = page.getByTestId('rule-card').filter({ hasText: '心得体会（每篇）' })
    const monthlyCap = reflection.locator('.rules__field').filter({ hasText: '每月上限' })
    await monthlyCap.locator('input').fill('0')
    await page.locator('.rules-save').first().click()
    await monthlyCap.getByTestId('field-error').getByText('每月上限').waitFor()
    expect(await page.getByTestId('field-error').count()).toBe(1)
    await harness.screenshot(page, '11-rules-field-error', { narrow: true })
    await monthlyCap.locator('input').fill('30')
    await monthlyCap.getByTestId('field-error').waitFor({ state: 'detached' })
  })

  it('marks a claim error on its field and clears it when the field is fixed', async () => {
    const page = await harness.signIn(demoIdentities.member2)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/packages/study/claim/index`)
    await page.locator('#claim-title input, input#claim-title').first().fill('体')
    await page.locator('#claim-content textarea, textarea#claim-content').first().fill('认真学习党章，'.repeat(40))
    await page.locator('.claim-submit').first().click()
    const error = page.getByTestId('field-error')
    await error.getByText('标题').waitFor()
    await harness.screenshot(page, '12-claim-title-error', { narrow: true })
    await page.locator('#claim-title input, input#claim-title').first().fill('学习党章的体会')
    await error.waitFor({ state: 'detached' })
  })
  it('lets the admin keep rankings for leaders and untime study, and members see what that means', async () => {
    // From a known start whatever ran before: full rankings, timed study.
    await call(demoIdentities.admin, 'updateSettings', { rankingVisibility: 'full', studyTimed: true })
    const admin = await harness.signIn(demoIdentities.admin)
    await admin.getByTestId('home-welcome').waitFor()
    await admin.goto(`${harness.host.url}/#/packages/study/settings/index`)
    await admin.getByText('开启：打开资料后需达到').waitFor()
    await admin.locator('.settings-ranking--leaders').first().click()
    await admin.locator('.settings-timed').first().click()
    await admin.getByText('关闭（默认）').waitFor()
    await harness.screenshot(admin, '13-settings', { narrow: true })
    await admin.locator('.settings-save').first().click()
    await admin.getByTestId('settings-saved').waitFor()
    await admin.close()

    const page = await harness.signIn(demoIdentities.member)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/pages/study/index`)
    await page.getByTestId('points-guide').getByText('只向党委领导开放').waitFor()
    await page.locator('.points-guide-open').first().click()
    await page.getByTestId('points-guide').getByText('学完一篇学习资料').waitFor()
    expect(await page.locator('.study-action--ranking').count()).toBe(0)
    expect(await page.getByTestId('study-rank').count()).toBe(0)
    await harness.screenshot(page, '14-study-guide', { narrow: true })
    // The server refuses, whatever the app offers.
    await page.goto(`${harness.host.url}/#/packages/study/ranking/index`)
    await page.getByText('组织设置为积分排名仅党委领导可见').waitFor()

    await call(demoIdentities.admin, 'updateSettings', { rankingVisibility: 'own', studyTimed: false })
    await page.goto(`${harness.host.url}/#/pages/study/index`)
    await page.locator('.study-action--ranking').first().click()
    await page.getByTestId('ranking-own-only').waitFor()
    await page.getByTestId('ranking-me').getByText('我的排名').waitFor()
    expect(await page.getByTestId('ranking-row').count()).toBe(0)
    await harness.screenshot(page, '15-ranking-own', { narrow: true })
  })
  it('lets the admin correct a material and take it down, and members no longer see it', async () => {
    await publishMaterial(REVISED)
    const page = await harness.signIn(demoIdentities.admin)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/packages/study/manage/index`)
    const row = page.getByTestId('managed-material').filter({ hasText: REVISED })
    await row.locator('.material-edit').first().click()
    await page.locator('#material-title input, input#material-title').first().waitFor()
    expect(await page.locator('#material-title input, input#material-title').first().inputValue()).toBe(REVISED)
    await page.locator('#material-title input, input#material-title').first().fill(`${REVISED}（修订）`)
    await page.locator('.material-preview-toggle').first().click()
    const preview = page.getByTestId('material-preview')
    // The article's markup as members read it: a heading, two items, no literal '# ' or '**'.
    expect(await preview.locator('.article-body__heading').innerText()).toBe('学习要求')
    expect(await preview.locator('.article-body__item').count()).toBe(2)
    expect(await preview.innerText()).not.toMatch(/#|\*\*/)
    await harness.screenshot(page, '16-material-edit', { narrow: true })
    await page.locator('.material-submit').first().click()
    const edited = page.getByTestId('managed-material').filter({ hasText: `${REVISED}（修订）` })
    await edited.waitFor()
    await edited.locator('.material-withdraw').first().click()
    await page.locator('.taro-modal__foot').getByText('下架', { exact: true }).click()
    await edited.waitFor({ state: 'detached' })

    const member = await harness.signIn(demoIdentities.member)
    await member.getByTestId('home-welcome').waitFor()
    await member.goto(`${harness.host.url}/#/pages/study/index`)
    await member.getByTestId('material-row').first().waitFor()
    expect(await member.getByTestId('material-row').filter({ hasText: REVISED }).count()).toBe(0)
  })
})
