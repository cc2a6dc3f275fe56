import type { Page } from 'playwright-core'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { codeForSlot, slotAt } from '../../cloudfunctions/events/rules/code'
import { encodeCheckinScene } from '../../cloudfunctions/common/contract/checkinScene'
import { demoIdentities, startBrowserHarness, type BrowserHarness } from '../helpers/browser'

let harness: BrowserHarness
beforeAll(async () => {
  harness = await startBrowserHarness('events')
}, 60000)
afterAll(() => harness?.close())

const TITLE = '浏览器测试主题党日'

const fill = async (page: Page, selector: string, value: string) => {
  await page.locator(`${selector} input, input${selector}, ${selector} textarea`).first().fill(value)
}

const eventIdFromUrl = (page: Page) => new URL(page.url().replace('/#/', '/')).searchParams.get('eventId') ?? ''

/** A code the screen showed a minute ago: what a forwarded screenshot carries. */
const staleCode = async (eventId: string) => {
  const { data } = await openDatabase().collection<EventDoc>(collections.events.name).doc(eventId).get()
  return codeForSlot(data.secret, slotAt(new Date()) - 3)
}

describe('主题党日 check-in in the browser', () => {
  let secretary: Page
  let eventId = ''
  let screenCode = ''
  let scanned: Page

  it('the secretary creates a 主题党日 and opens its check-in screen', async () => {
    secretary = await harness.signIn(demoIdentities.secretary)
    await secretary.getByTestId('home-welcome').waitFor()
    await secretary.goto(`${harness.host.url}/#/pages/mine/index`)
    await secretary.locator('.menu-entry--branch-events').first().click()
    await secretary.getByTestId('branch-events').waitFor()
    await harness.screenshot(secretary, '01-branch-events')
    await secretary.locator('.create-event').first().click()
    await secretary.getByTestId('event-form').waitFor()
    await fill(secretary, '#event-title', TITLE)
    await fill(secretary, '#event-agenda', '一、重温入党誓词\n二、集中学习')
    await fill(secretary, '#event-venue', '三楼党员活动室')
    await harness.screenshot(secretary, '02-create-event')
    await secretary.locator('.event-save').first().click()
    // The seed's own 主题党日 may overlap the default time (it is relative to now): confirm the warning if shown.
    const manage = secretary.getByTestId('event-manage').getByText(TITLE)
    const overlap = secretary.locator('.taro-model__confirm').getByText('仍要保存')
    await manage.or(overlap).first().waitFor()
    if (await overlap.isVisible()) await overlap.click()
    await manage.waitFor()
    eventId = eventIdFromUrl(secretary)
    expect(eventId).not.toBe('')
    await secretary.getByTestId('live-attendance').waitFor()
    await harness.screenshot(secretary, '03-manage-event')
    await secretary.locator('.open-screen').first().click()
    const code = secretary.getByTestId('screen-code')
    await code.waitFor()
    screenCode = (await code.innerText()).trim()
    expect(screenCode).toMatch(/^\d{6}$/)
    await secretary.getByTestId('screen-qr').waitFor()
    await harness.screenshot(secretary, '04-checkin-screen')
  })

  it('a member types the code shown on that screen and sees 已签到', async () => {
    const member = await harness.signIn(demoIdentities.member)
    const card = member.locator(`[data-testid=event-card][data-event-id="${eventId}"]`)
    await card.getByText('可签到').waitFor()
    await harness.screenshot(member, '05-member-home')
    await card.click()
    await member.getByTestId('event-detail').getByText(TITLE).waitFor()
    await harness.screenshot(member, '06-member-event')
    await member.locator('.go-checkin').first().click()
    await member.locator('#checkin-code').first().waitFor()
    // Read the screen again: the code rotates every 20 s and the previous one is still accepted.
    screenCode = (await secretary.getByTestId('screen-code').innerText()).trim()
    await fill(member, '#checkin-code', screenCode)
    await member.locator('.checkin-submit').first().click()
    await member.getByTestId('checkin-done').getByText('已签到').waitFor()
    await harness.screenshot(member, '07-member-checked-in')
    await member.goto(`${harness.host.url}/#/pages/index/index`)
    await member.reload()
    await member
      .locator(`[data-testid=event-card][data-event-id="${eventId}"]`)
      .getByText(/已签到 \d{2}:\d{2}/)
      .waitFor()
    await harness.screenshot(member, '08-member-home-checked-in')
  })

  it('a stale code is refused with a clear message', async () => {
    const other = await harness.signIn(demoIdentities.member2)
    await other.goto(`${harness.host.url}/#/pages/checkin/index?eventId=${eventId}`)
    await other.locator('#checkin-code').first().waitFor()
    await fill(other, '#checkin-code', await staleCode(eventId))
    await other.locator('.checkin-submit').first().click()
    await other.getByTestId('checkin-error').getByText('签到码错误或已过期').waitFor()
    await harness.screenshot(other, '09-stale-code')
    const { total } = await openDatabase()
      .collection(collections.checkins.name)
      .where({ eventId, memberId: 'm007' })
      .count()
    expect(total).toBe(0)
  })

  it("the secretary's live attendance shows the member", async () => {
    await secretary
      .getByTestId('screen-count')
      .getByText(/已签到 1/)
      .waitFor()
    await secretary.goto(`${harness.host.url}/#/packages/secretary/event-manage/index?eventId=${eventId}`)
    const row = secretary.locator('[data-testid=attendee-row][data-member-id=m006]')
    await row.getByText('已签到').waitFor()
    await secretary.getByTestId('count-checked-in').getByText('1').waitFor()
    await harness.screenshot(secretary, '10-live-attendance')
  })

  it("the screen's QR opens the check-in page with the code, which checks in at once", async () => {
    await secretary.goto(`${harness.host.url}/#/packages/secretary/checkin-screen/index?eventId=${eventId}`)
    await secretary.getByTestId('screen-countdown').getByText('本地环境：扫码在浏览器打开签到页').waitFor()
    const { data } = await openDatabase().collection<EventDoc>(collections.events.name).doc(eventId).get()
    const scene = encodeCheckinScene(eventId, codeForSlot(data.secret, slotAt(new Date())))!
    scanned = await harness.signIn(demoIdentities.member2)
    await scanned.goto(`${harness.host.url}/#/pages/checkin/index?scene=${encodeURIComponent(scene)}`)
    await scanned.getByTestId('checkin-done').getByText('已签到').waitFor()
    await harness.screenshot(scanned, '11-scanned-checkin')
  })

  it('after checking in, 下次会议提醒我 records a meeting reminder from that tap', async () => {
    const remind = scanned.locator('.checkin-remind')
    await remind.getByText('下次会议提醒我').waitFor()
    // NutUI's press layer (.nut-button::before) covers the label, so the tap lands on the button, as a finger's does.
    await remind.click()
    // h5 has no WeChat dialog: the tap itself records the opt-in.
    await remind.getByText('下次会议提醒我（已可提醒 1 次）').waitFor()
  })
})
