/**
 * The leader's dashboard in the browser, on the demo data plus one 主题党日
 * per branch with known attendance: open it from 我的, sort by attendance,
 * open a branch; and a secretary's own branch.
 */
import type { Page } from 'playwright-core'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { CheckinDoc, EventDoc } from '../../cloudfunctions/common/db/models/events'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { periodKey, periodRange } from '../../cloudfunctions/common/periods'
import { demoIdentities, HARNESS_START_MS, startBrowserHarness, type BrowserHarness } from '../helpers/browser'
import { event, ledger } from '../stats/fixture'

jest.setTimeout(120_000)

let harness: BrowserHarness

const DAY = 24 * 3600 * 1000
/** Per branch: how many of the 20 members checked in to its 主题党日 two days ago. */
const ATTENDED = { b1: 12, b2: 18, b3: 9, b4: 15 } as const

const memberIds = (branchIndex: number) =>
  Array.from({ length: 20 }, (_, position) => `m${String(branchIndex * 20 + position + 1).padStart(3, '0')}`)

/** One held 主题党日 per branch in the current month (Asia/Shanghai), with check-ins. */
const arrangeMeetings = async () => {
  const now = new Date()
  const monthStart = periodRange('month', periodKey('month', now)).start
  const start = new Date(Math.max(now.getTime() - 2 * DAY, monthStart.getTime()))
  const events: EventDoc[] = Object.keys(ATTENDED).map((branchId, index) =>
    event(`stats-demo-${branchId}`, 'theme_day', start.toISOString(), memberIds(index), {
      branchId,
      title: '学习新党章主题党日',
    }),
  )
  const checkins: CheckinDoc[] = events.flatMap((meeting, index) =>
    memberIds(index)
      .slice(0, ATTENDED[meeting.branchId as keyof typeof ATTENDED])
      .map((memberId) => ({
        _id: `${meeting._id}:${memberId}`,
        eventId: meeting._id,
        branchId: meeting.branchId,
        memberId,
        at: start,
        late: false,
        method: 'code' as const,
        distance: null,
        accuracy: null,
        makeup: null,
      })),
  )
  // What the events function grants with each check-in, and some study points in the two months before.
  const attendancePoints = checkins.map((checkin) =>
    ledger(`attend:${checkin.eventId}:${checkin.memberId}`, checkin.memberId, 5, start.toISOString(), {
      branchId: checkin.branchId,
    }),
  )
  const studyPoints = [1, 2].flatMap((monthsBack) =>
    checkins
      .filter((_, index) => index % monthsBack === 0)
      .map((checkin) => {
        const at = new Date(start.getTime() - monthsBack * 30 * DAY).toISOString()
        return ledger(`study:${monthsBack}:${checkin.memberId}`, checkin.memberId, 6, at, {
          branchId: checkin.branchId,
          category: 'study',
        })
      }),
  )
  const db = openDatabase()
  await db.collection(collections.events.name).add({ data: events })
  await db.collection(collections.checkins.name).add({ data: checkins })
  await db.collection(collections.pointsLedger.name).add({ data: [...attendancePoints, ...studyPoints] })
}

beforeAll(async () => {
  harness = await startBrowserHarness('stats')
  await arrangeMeetings()
}, HARNESS_START_MS)
afterAll(() => harness?.close())

const attendanceColumn = async (page: Page) =>
  (await page.getByTestId('branch-row').allInnerTexts()).map((text) =>
    text
      .split('\n')
      .map((cell) => cell.trim())
      .filter(Boolean),
  )

/** No running animation (a page slide in, a toast), so a screenshot shows one settled page. */
const settle = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))

const shoot = async (page: Page, name: string) => {
  await settle(page)
  await harness.screenshot(page, name)
}

/** Scrolls a part of the page into view and photographs the viewport there. */
const shootAt = async (page: Page, testId: string, name: string) => {
  await page.getByTestId(testId).first().scrollIntoViewIfNeeded()
  await shoot(page, name)
}

/** The names of the child 党委 / 党总支 rows, in order. */
const unitNames = async (page: Page) =>
  (await page.getByTestId('unit-row').allInnerTexts()).map((text) => text.split('\n')[0].trim())

/** `75.0%` → 75; 暂无数据 → null. */
const percentOf = (text: string): number | null => (text.endsWith('%') ? Number(text.slice(0, -1)) : null)

/** Numbers in the given direction, branches without the figure (null) last. */
const isOrdered = (values: (number | null)[], direction: 'up' | 'down'): boolean => {
  const present = values.filter((value): value is number => value !== null)
  const trailingNulls = values.slice(present.length).every((value) => value === null)
  const sorted = [...present].sort((a, b) => (direction === 'up' ? a - b : b - a))
  return trailingNulls && sorted.every((value, index) => value === present[index])
}

const waitForCharts = async (page: Page) => {
  // uCharts draws into the canvas once the page has laid out; wait until it holds pixels.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('canvas')).every((canvas) => {
      const context = canvas.getContext('2d')
      if (!context || !canvas.width) return false
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 250) return true
      return false
    }),
  )
}

describe('stats in the browser', () => {
  it('lets a leader open the group, drill into a 二级党委, sort by attendance and open a branch', async () => {
    const page = await harness.signIn(demoIdentities.leader)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/pages/mine/index`)
    await page.locator('.menu-entry--stats-dashboard').first().click()
    await page.getByTestId('unit-row').first().waitFor()
    expect(await unitNames(page)).toEqual(['一分公司党委', '二分公司党委'])
    const { total } = await openDatabase().collection(collections.members.name).where({ status: 'active' }).count()
    await expect(page.getByTestId('total-members').textContent()).resolves.toContain(String(total))
    await waitForCharts(page)
    await shoot(page, '00-group-dashboard')
    await harness.screenshot(page, '00-group-dashboard-narrow', { narrow: true })
    await shootAt(page, 'unit-table', '00b-group-units')
    await page.locator('[data-testid=unit-row][data-unit-id=u-c2]').click()
    await page.locator('[data-testid=branch-row][data-branch-id=b7]').waitFor()
    await expect(page.getByTestId('unit-path').textContent()).resolves.toBe('集团党委›二分公司党委')
    await expect(page.getByTestId('compiled-at').textContent()).resolves.toMatch(/统计于 \d+月\d+日 \d{2}:\d{2}/)
    await waitForCharts(page)
    // The rate counts decided units; the units still to come are named apart, as the warnings are.
    const warnings = page.getByTestId('stats-warnings')
    if (await warnings.count())
      await page
        .getByTestId('total-compliance')
        .getByText(/待开展 \d+/)
        .waitFor()
    await shoot(page, '01-dashboard')
    await harness.screenshot(page, '01-dashboard-narrow', { narrow: true })
    await shootAt(page, 'branch-table', '01b-dashboard-table')
    await shootAt(page, 'points-chart', '01c-dashboard-charts')

    await page.getByTestId('sort-attendance').click()
    await page.getByTestId('sort-attendance').getByText('出勤率↓').waitFor()
    const descending = await attendanceColumn(page)
    expect(descending.map((cells) => cells[0]).sort()).toEqual(['第三支部', '第四支部', '第七支部'].sort())
    expect(
      isOrdered(
        descending.map((cells) => percentOf(cells[2])),
        'down',
      ),
    ).toBe(true)
    await page.getByTestId('sort-attendance').click()
    await page.getByTestId('sort-attendance').getByText('出勤率↑').waitFor()
    const ascending = await attendanceColumn(page)
    expect(
      isOrdered(
        ascending.map((cells) => percentOf(cells[2])),
        'up',
      ),
    ).toBe(true)
    await shootAt(page, 'branch-table', '02-sorted-by-attendance')

    const thirdBranch = ascending.find((cells) => cells[0] === '第三支部')!
    await page.locator('[data-testid=branch-row][data-branch-id=b3]').click()
    await page.getByTestId('branch-name').getByText('第三支部').waitFor()
    await page.getByTestId('member-row').first().waitFor()
    expect(await page.getByTestId('member-row').count()).toBe(20)
    await expect(page.getByTestId('figure-attendance').textContent()).resolves.toContain(thirdBranch[2])
    await expect(
      page.getByTestId('event-row').filter({ hasText: '学习新党章主题党日' }).textContent(),
    ).resolves.toContain('实到 9/20')
    await waitForCharts(page)
    await shoot(page, '03-branch-drill-down')
    await shootAt(page, 'branch-points-chart', '03b-branch-trend-and-events')
    await shootAt(page, 'member-rows', '03c-branch-members')
  })

  it('shows a 二级党委 leader their subtree only, and drills down to a branch', async () => {
    const page = await harness.signIn(demoIdentities.groupSubLeader)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/pages/mine/index`)
    await page.locator('.menu-entry--stats-dashboard').first().click()
    await page.locator('[data-testid=branch-row][data-branch-id=b3]').waitFor()
    await expect(page.getByTestId('unit-path').textContent()).resolves.toBe('二分公司党委')
    expect(await page.getByTestId('unit-row').count()).toBe(0)
    expect((await attendanceColumn(page)).map((cells) => cells[0]).sort()).toEqual(
      ['第三支部', '第四支部', '第七支部'].sort(),
    )
    await expect(page.getByTestId('total-members').textContent()).resolves.toContain('60')
    // Warnings name the branch under 二分公司党委, never a unit above or beside it.
    for (const text of await page.getByTestId('stats-warning').allInnerTexts()) {
      expect(text).toMatch(/第三支部|第四支部|第七支部/)
      expect(text).not.toMatch(/党委|党总支/)
    }
    await waitForCharts(page)
    await shoot(page, '06-sub-leader-dashboard')
    await harness.screenshot(page, '06-sub-leader-dashboard-narrow', { narrow: true })
    await page.locator('[data-testid=branch-row][data-branch-id=b4]').click()
    await page.getByTestId('branch-name').getByText('第四支部').waitFor()
    await page.getByTestId('member-row').first().waitFor()
    expect(await page.getByTestId('member-row').count()).toBe(20)
    await shoot(page, '07-sub-leader-branch')
  })

  it('drills a leader through 一分公司党委 and 机关党总支 level by level, and back by the breadcrumb', async () => {
    const page = await harness.signIn(demoIdentities.leader)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/packages/leader/dashboard/index`)
    await page.locator('[data-testid=unit-row][data-unit-id=u-c1]').click()
    await page.locator('[data-testid=unit-row][data-unit-id=u-g1]').click()
    await page.locator('[data-testid=branch-row][data-branch-id=b5]').waitFor()
    expect((await attendanceColumn(page)).map((cells) => cells[0]).sort()).toEqual(
      ['第二支部', '第五支部', '第六支部'].sort(),
    )
    await expect(page.getByTestId('unit-path').textContent()).resolves.toBe('集团党委›一分公司党委›机关党总支')
    await shoot(page, '08-general-branch-dashboard')
    await page.locator('[data-testid=unit-path-item][data-unit-id=org]').click()
    await page.locator('[data-testid=unit-row][data-unit-id=u-c2]').waitFor()
    expect(await unitNames(page)).toEqual(['一分公司党委', '二分公司党委'])
  })

  it('shows a secretary their own branch only, and a plain member no statistics entry', async () => {
    const page = await harness.signIn(demoIdentities.secretary)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/pages/mine/index`)
    await page.getByTestId('profile-roles').getByText('支部书记').waitFor()
    expect(await page.locator('.menu-entry--stats-dashboard').count()).toBe(0)
    await page.locator('.menu-entry--branch-stats').first().click()
    await page.getByTestId('branch-name').getByText('第一支部').waitFor()
    await expect(page.getByTestId('figure-attendance').textContent()).resolves.toMatch(/\d+\.\d%/)
    await expect(
      page.getByTestId('event-row').filter({ hasText: '学习新党章主题党日' }).textContent(),
    ).resolves.toContain('实到 12/20')
    await waitForCharts(page)
    await shoot(page, '04-secretary-branch')

    const member = await harness.signIn(demoIdentities.member)
    await member.getByTestId('home-welcome').waitFor()
    await member.goto(`${harness.host.url}/#/pages/mine/index`)
    await member.getByTestId('profile-card').waitFor()
    expect(await member.locator('.menu-entry--stats-dashboard, .menu-entry--branch-stats').count()).toBe(0)
    await member.goto(`${harness.host.url}/#/packages/leader/dashboard/index`)
    await member.getByTestId('page-error').getByText('您没有权限执行此操作').waitFor()
    await shoot(member, '05-member-forbidden')
    // Reloading cannot grant a role: the page offers the way home instead.
    expect(await member.getByTestId('page-error').getByText('重新加载').count()).toBe(0)
    await member.locator('.page-state__home').click()
    await member.getByTestId('home-welcome').waitFor()
  })
})
