/**
 * 主题党日 check-in in the browser. The first step plans the event through the form; every other
 * step plans its own through the events function, so each passes on its own (`-t`) and in any order.
 */
import type { Page } from 'playwright-core'
import { collections } from '../../cloudfunctions/common/db/collections'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { encodeCheckinScene } from '../../cloudfunctions/common/contract/checkinScene'
import {
  callAs,
  checkinCode,
  demoIdentities,
  HARNESS_START_MS,
  fill,
  planThemeDay,
  startBrowserHarness,
  type BrowserHarness,
} from '../helpers/browser'

// Each step plans its event and drives two or three pages, on a shared 2-core machine.
jest.setTimeout(120_000)

let harness: BrowserHarness
beforeAll(async () => {
  harness = await startBrowserHarness('events')
}, HARNESS_START_MS)
afterAll(() => harness?.close())

const TITLE = '浏览器测试主题党日'

const eventIdFromUrl = (page: Page) => new URL(page.url().replace('/#/', '/')).searchParams.get('eventId') ?? ''

/** A meeting whose check-in is open: it starts in 10 minutes (the window opens 30 minutes before). */
const openMeeting = (title: string) => planThemeDay(harness, title, 10)

/** The secretary's check-in screen for the event, showing its code. */
const openScreen = async (eventId: string) => {
  const secretary = await harness.signIn(demoIdentities.secretary)
  await secretary.goto(`${harness.host.url}/#/packages/secretary/checkin-screen/index?eventId=${eventId}`)
  await secretary.getByTestId('screen-code').waitFor()
  return secretary
}

/** 王某 (member2) scans the screen's QR code: the check-in page opens with the code and checks in. */
const checkInByScan = async (eventId: string) => {
  const scene = encodeCheckinScene(eventId, await checkinCode(eventId))!
  const scanned = await harness.signIn(demoIdentities.member2)
  await scanned.goto(`${harness.host.url}/#/pages/checkin/index?scene=${encodeURIComponent(scene)}`)
  await scanned.getByTestId('checkin-done').getByText('已签到').waitFor()
  return scanned
}

describe('主题党日 check-in in the browser', () => {
  it('the secretary creates a 主题党日 and opens its check-in screen', async () => {
    const secretary = await harness.signIn(demoIdentities.secretary)
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
    const eventId = eventIdFromUrl(secretary)
    expect(eventId).not.toBe('')
    await secretary.getByTestId('live-attendance').waitFor()
    await harness.screenshot(secretary, '03-manage-event')
    await secretary.locator('.open-screen').first().click()
    const code = secretary.getByTestId('screen-code')
    await code.waitFor()
    // The code of this 20-second slot, or of the one before if it rotated while being read.
    const shown = (await code.innerText()).trim()
    expect([await checkinCode(eventId), await checkinCode(eventId, 1)]).toContain(shown)
    await secretary.getByTestId('screen-qr').waitFor()
    await harness.screenshot(secretary, '04-checkin-screen')
  })

  it('a member types the code shown on that screen and sees 已签到', async () => {
    const { id: eventId, title } = await openMeeting('输入签到码')
    const secretary = await openScreen(eventId)
    const member = await harness.signIn(demoIdentities.member)
    const card = member.locator(`[data-testid=event-card][data-event-id="${eventId}"]`)
    await card.getByText('可签到').waitFor()
    await harness.screenshot(member, '05-member-home')
    await card.click()
    await member.getByTestId('event-detail').getByText(title).waitFor()
    await harness.screenshot(member, '06-member-event')
    await member.locator('.go-checkin').first().click()
    await member.locator('#checkin-code').first().waitFor()
    // Read the screen again: the code rotates every 20 s and the previous one is still accepted.
    await fill(member, '#checkin-code', (await secretary.getByTestId('screen-code').innerText()).trim())
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
    const { id: eventId } = await openMeeting('过期签到码')
    const other = await harness.signIn(demoIdentities.member2)
    await other.goto(`${harness.host.url}/#/pages/checkin/index?eventId=${eventId}`)
    await other.locator('#checkin-code').first().waitFor()
    await fill(other, '#checkin-code', await checkinCode(eventId, 3))
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
    const { id: eventId } = await openMeeting('实时签到')
    await callAs(harness, demoIdentities.member, 'events', 'checkIn', { eventId, code: await checkinCode(eventId) })
    const secretary = await openScreen(eventId)
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
    const { id: eventId } = await openMeeting('扫码签到')
    const secretary = await openScreen(eventId)
    await secretary.getByTestId('screen-countdown').getByText('本地环境：扫码在浏览器打开签到页').waitFor()
    const scanned = await checkInByScan(eventId)
    await harness.screenshot(scanned, '11-scanned-checkin')
    const { total } = await openDatabase()
      .collection(collections.checkins.name)
      .where({ eventId, memberId: 'm007' })
      .count()
    expect(total).toBe(1)
  })

  it('after checking in, 下次会议提醒我 records a meeting reminder from that tap', async () => {
    const scanned = await checkInByScan((await openMeeting('签到后提醒')).id)
    const remind = scanned.locator('.checkin-remind')
    await remind.getByText('下次会议提醒我').waitFor()
    // NutUI's press layer (.nut-button::before) covers the label, so the tap lands on the button, as a finger's does.
    await remind.click()
    // h5 has no WeChat dialog: the tap itself records the opt-in.
    await remind.getByText('下次会议提醒我（已可提醒 1 次）').waitFor()
  })
})
