import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { openDatabase } from '../../cloudfunctions/common/handler'
import type { MyAttendance } from '../../cloudfunctions/common/contract'
import {
  callAs,
  demoIdentities,
  HARNESS_START_MS,
  fill,
  startBrowserHarness,
  type BrowserHarness,
} from '../helpers/browser'

let harness: BrowserHarness
beforeAll(async () => {
  harness = await startBrowserHarness('members')
}, HARNESS_START_MS)
afterAll(() => harness?.close())

/** The admin sets m026's (otherMember's) roles: the tests that look at them start from a known set. */
const setRoles = (roles: string[]) =>
  callAs(harness, demoIdentities.admin, 'members', 'setRoles', { memberId: 'm026', roles })

describe('members in the browser', () => {
  it('binds a new WeChat user to a roster entry and lands on 首页', async () => {
    const { data } = await openDatabase().collection<MemberDoc>(collections.members.name).where({ _id: 'm019' }).get()
    const entry = data[0]
    const page = await harness.signIn('new-browser-user')
    await page.waitForURL(/pages\/bind\/index/)
    await harness.screenshot(page, '01-bind')
    await fill(page, '#bind-name', entry.name)
    await fill(page, '#bind-phone', '13900000000')
    await page.locator('.bind-submit').first().click()
    await page.getByText('未找到可绑定的党员信息').first().waitFor()
    await harness.screenshot(page, '02-bind-no-match')
    await fill(page, '#bind-phone', entry.phone)
    await page.locator('.bind-submit').first().click()
    await page.waitForURL(/pages\/index\/index/)
    await page.getByTestId('home-welcome').getByText(entry.name).waitFor()
    await harness.screenshot(page, '03-home-after-bind')
  })

  it('shows a secretary the branch roster with masked phones', async () => {
    const page = await harness.signIn(demoIdentities.secretary)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/pages/mine/index`)
    await page.getByTestId('profile-roles').getByText('支部书记').waitFor()
    await harness.screenshot(page, '04-mine-secretary')
    await page.locator('.menu-entry--secretary-roster').first().click()
    const rows = page.getByTestId('roster-row')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(20)
    const text = await page.getByTestId('roster-row').allInnerTexts()
    expect(text.join('\n')).toMatch(/138\*{4}\d{4}/)
    expect(text.join('\n')).not.toMatch(/138\d{8}/)
    await harness.screenshot(page, '05-secretary-roster')
  })
  it('an admin makes a 审核 invite and a reviewer binds into the demo branch with it', async () => {
    const admin = await harness.signIn(demoIdentities.admin)
    await admin.getByTestId('home-welcome').waitFor()
    await admin.goto(`${harness.host.url}/#/pages/mine/index`)
    await admin.locator('.menu-entry--admin-review').first().click()
    await admin.getByTestId('review-invite').waitFor()
    await admin.locator('.review-create').first().click()
    await admin.locator('.taro-model__confirm').first().click()
    const code = (await admin.getByTestId('review-code').innerText()).trim()
    expect(code).toMatch(/^[A-Z0-9]{8}$/)
    await harness.screenshot(admin, '06-review-invite')
    const reviewer = await harness.signIn('wechat-reviewer')
    await reviewer.waitForURL(/pages\/bind\/index/)
    await reviewer.locator('.nut-tabs-titles-item').getByText('邀请码').click()
    await fill(reviewer, '#bind-invite', code)
    await reviewer.locator('.bind-submit').first().click()
    await reviewer.getByTestId('home-welcome').getByText('微信审核员').waitFor()
  })

  it('an admin imports a GBK roster saved by Excel; a file it cannot read keeps its reason on screen', async () => {
    const page = await harness.signIn(demoIdentities.admin)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/packages/admin/import/index`)
    const pickFile = async (name: string, buffer: Buffer) => {
      const chooser = page.waitForEvent('filechooser')
      await page.locator('.import-pick').first().click()
      await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer })
    }

    await pickFile('名册.csv', Buffer.from('序号,姓名,电话\n1,张三,13900000000\n'))
    const failure = page.getByTestId('import-failure')
    await failure.getByText('表头应为').waitFor()
    expect(await failure.innerText()).toContain('姓名、手机号、支部、党小组、角色、入党日期')
    await harness.screenshot(page, '06-import-unreadable', { narrow: true })

    // 「CSV（逗号分隔）」 from Excel on Chinese Windows: GBK with CRLF.
    const gbk = Buffer.from(
      'd0d5c3fb2ccad6bbfabac52cd6a7b2bf2cb5b3d0a1d7e92cbdc7c9ab2cc8ebb5b3c8d5c6da0d0ad0c2b5b3d4b1bcd72c3133393030' +
        '3030303030322cb5dab6fed6a7b2bf2cb5dad2bbb5b3d0a1d7e92cb5b3d4b12c323032302d30372d30310d0a',
      'hex',
    )
    await pickFile('名册-GBK.csv', gbk)
    await page.getByTestId('import-ok').getByText('共 1 条记录').waitFor()
    expect(await failure.count()).toBe(0)
    await harness.screenshot(page, '07-import-gbk-checked', { narrow: true })
  })

  it('a plain member finds their points, attendance and leave in 我的, and a new role shows without relaunching', async () => {
    await setRoles(['member'])
    const page = await harness.signIn(demoIdentities.otherMember)
    await page.getByTestId('home-welcome').waitFor()
    const tab = (text: string) => page.locator('.weui-tabbar__item').filter({ hasText: text }).first().click()
    await tab('我的')
    for (const entry of ['my-points', 'my-attendance', 'my-leaves'])
      await page.locator(`.menu-entry--${entry}`).first().waitFor()
    expect(await page.locator('.menu-entry--branch-events').count()).toBe(0)
    await harness.screenshot(page, '08-mine-member', { narrow: true })

    // The figures the events function counts for this member, each in its own place on the page.
    const { counts: mine, events } = await callAs<MyAttendance>(
      harness,
      demoIdentities.otherMember,
      'events',
      'myAttendance',
      {},
    )
    await page.locator('.menu-entry--my-attendance').first().click()
    const counts = page.getByTestId('attendance-counts')
    await counts.waitFor()
    const figure = async (kind: string) =>
      Number(await counts.locator(`[data-kind=${kind}]`).locator('.attendance__number').innerText())
    const caption = await counts.locator('.attendance__caption').innerText()
    expect(caption).toContain(`应参加 ${mine.expected} 次`)
    const shown = await Promise.all(['present', 'late', 'onLeave', 'absent'].map(figure))
    expect(shown).toEqual([mine.present, mine.late, mine.onLeave, mine.absent])
    // Visible cards only: the 首页 behind this page keeps its own event cards in the DOM.
    expect(await page.locator('[data-testid=event-card]:visible').count()).toBe(events.length)
    await harness.screenshot(page, '09-my-attendance', { narrow: true })
    await page.locator('.attendance-tab--leaves').first().click()
    await page.getByTestId('my-leave').or(page.getByTestId('empty-state')).first().waitFor()
    await harness.screenshot(page, '10-my-leaves', { narrow: true })

    // The admin makes them a committee member while the app stays open: back in 我的, the entry is there.
    await setRoles(['member', 'committee'])
    try {
      await page.goBack()
      await tab('首页')
      await tab('我的')
      await page.locator('.menu-entry--branch-events').first().waitFor()
      await page.getByTestId('profile-roles').getByText('支委').waitFor()
      await harness.screenshot(page, '11-mine-new-role')
    } finally {
      await setRoles(['member'])
    }
  })
  it('an admin searches the whole roster, sees roles as check boxes, and reads what each message template is for', async () => {
    await setRoles(['member'])
    const page = await harness.signIn(demoIdentities.admin)
    await page.getByTestId('home-welcome').waitFor()
    await page.goto(`${harness.host.url}/#/packages/admin/roster/index`)
    await page.getByTestId('roster-summary').waitFor()
    await page.locator('#roster-search input, input#roster-search').first().fill('13800130026')
    await page.locator('.roster-search-submit').first().click()
    await page.getByTestId('roster-search-summary').getByText('找到 1 人').waitFor()
    await harness.screenshot(page, '12-roster-search', { narrow: true })
    await page.locator('[data-testid=roster-row][data-member-id=m026]').first().click()
    const committee = page.getByTestId('member-sheet').locator('.role-box--committee')
    await committee.waitFor()
    expect(await committee.getAttribute('class')).not.toContain('role-box--checked')
    await committee.click()
    await page.getByTestId('member-sheet').locator('.role-box--committee.role-box--checked').waitFor()
    await harness.screenshot(page, '13-role-boxes', { narrow: true })

    await page.goto(`${harness.host.url}/#/packages/notices/settings/index`)
    await page.getByTestId('template-purpose-meeting').getByText('会议开始前').waitFor()
    await harness.screenshot(page, '14-subscribe-purposes', { narrow: true })
  })
})
