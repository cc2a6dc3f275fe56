import type { Page } from 'playwright-core'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { demoIdentities, startBrowserHarness, type BrowserHarness } from '../helpers/browser'

let harness: BrowserHarness
beforeAll(async () => {
  harness = await startBrowserHarness('members')
}, 60000)
afterAll(() => harness?.close())

const fill = async (page: Page, selector: string, value: string) => {
  const input = page.locator(`${selector} input, input${selector}`).first()
  await input.fill(value)
}

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
    await page.getByText('未找到匹配的党员信息').first().waitFor()
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
})
