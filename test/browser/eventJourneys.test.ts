/**
 * The events journeys users hit (issue 16): one check-in state after minutes,
 * the event page after check-in, rejecting leave with a reason, and
 * cancelling. Each step arranges its own event through the API as
 * the secretary, so the steps do not depend on each other or on other suites.
 */
import type { Page } from 'playwright-core'
import type { ActionName, Payload, Result } from '../../cloudfunctions/common/contract'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { LOCAL_TEMPLATES } from '../../local/seed/notices'
import {
  checkinCode,
  demoIdentities,
  HARNESS_START_MS,
  fill,
  planThemeDay,
  startBrowserHarness,
  type BrowserHarness,
} from '../helpers/browser'
import { confirmModal, pickInPicker } from '../helpers/browserControls'

let harness: BrowserHarness
beforeAll(async () => {
  harness = await startBrowserHarness('event-journeys')
}, HARNESS_START_MS)
afterAll(() => harness?.close())

const MINUTE = 60_000
// Journeys of several pages on a shared 2-core machine; each locator wait fails first, naming what it missed.
jest.setTimeout(180_000)

const signIn = async (openid: string) => {
  const page = await harness.signIn(openid)
  page.setDefaultTimeout(40_000)
  return page
}

/** Calls the events function as the page's signed-in user, like the app does. */
const api = async <A extends ActionName<'events'>>(
  page: Page,
  action: A,
  payload: Payload<'events', A>,
): Promise<Result<'events', A>> => {
  const response = await page.request.post(`${harness.host.url}/api/events`, { data: { action, payload } })
  const envelope = await response.json()
  if (!envelope.ok) throw new Error(`${action}: ${envelope.code} ${envelope.message}`)
  return envelope.data
}

/** Waits until the event's minutes are stored (the page then goes back by itself). */
const minutesSaved = async (eventId: string) => {
  for (let attempt = 0; attempt < 60; attempt++) {
    const { data } = await openDatabase().collection<EventDoc>(collections.events.name).doc(eventId).get()
    if (data.minutes) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the minutes were not saved')
}

/** Saves the page at 375 px and at 320 px (the narrowest phones), then restores 375. */
const shoot = async (page: Page, name: string) => {
  await harness.screenshot(page, `${name}-375`)
  await page.setViewportSize({ width: 320, height: 720 })
  await harness.screenshot(page, `${name}-320`)
  await page.setViewportSize({ width: 375, height: 812 })
}

const openPage = async (page: Page, path: string) => {
  await page.goto(`${harness.host.url}/#/${path}`)
}

const stored = async (title: string) => {
  const { data } = await openDatabase().collection<EventDoc>(collections.events.name).where({ title }).get()
  return data
}

describe('events journeys', () => {
  it('minutes during a running meeting leave check-in open for everyone; closing it asks first', async () => {
    const secretary = await signIn(demoIdentities.secretary)
    const member = await signIn(demoIdentities.member)
    const event = await planThemeDay(harness, '会中记录', -5)

    await openPage(secretary, `packages/secretary/minutes/index?eventId=${event.id}`)
    await secretary
      .getByTestId('minutes-attendance')
      .getByText(/未签到 \d+ 人/)
      .waitFor()
    await fill(secretary, '#minutes-text', '支部书记主持，集中学习了全会精神，5 名党员作交流发言。')
    await fill(secretary, '#minutes-decisions', '每月第一周开展一次集中学习。')
    await shoot(secretary, '01-minutes-form')
    await secretary.locator('.minutes-save').first().click()
    await minutesSaved(event.id)
    // The minutes page goes back by itself shortly after saving; let that finish before opening 活动管理.
    await secretary
      .waitForURL((url) => !url.href.includes('packages/secretary/minutes'), { timeout: 3000 })
      .catch(() => undefined)
    await openPage(secretary, `packages/secretary/event-manage/index?eventId=${event.id}`)
    await secretary.getByTestId('event-manage').getByText('修改会议记录').waitFor()
    await secretary.getByTestId('event-manage').getByText('签到中').first().waitFor()
    await secretary.locator('.open-screen').first().waitFor()
    await secretary.getByTestId('count-missing').getByText('未签到').waitFor()
    await shoot(secretary, '02-manage-after-minutes')

    await openPage(member, `pages/event/index?eventId=${event.id}`)
    await member.getByTestId('event-standing').getByText('可签到').first().waitFor()
    await member.locator('.go-checkin').first().waitFor()

    await secretary.locator('.close-checkin').first().click()
    await confirmModal(secretary)
    await secretary.getByTestId('event-manage').getByText('已召开').first().waitFor()
    await secretary.getByTestId('count-missing').getByText('缺席').waitFor()
    await shoot(secretary, '03-manage-checkin-closed')
    await member.reload()
    await member.getByTestId('event-standing').getByText('缺席').first().waitFor()
    expect(await member.locator('.go-checkin').count()).toBe(0)
    await shoot(member, '04-member-after-close')
  })

  it('back from checking in, the event page shows 已签到 without a reload', async () => {
    const member = await signIn(demoIdentities.member2)
    const event = await planThemeDay(harness, '签到后返回', 10)
    await openPage(member, `pages/event/index?eventId=${event.id}`)
    await member.getByTestId('event-standing').getByText('可签到').first().waitFor()
    await member.locator('.go-checkin').first().click()
    await member.locator('#checkin-code').first().waitFor()
    await fill(member, '#checkin-code', await checkinCode(event.id))
    await member.locator('.checkin-submit').first().click()
    await member.getByTestId('checkin-done').getByText('已签到').waitFor()
    await member.goBack()
    await member
      .getByTestId('event-standing')
      .getByText(/已签到/)
      .waitFor()
    expect(await member.locator('.go-checkin').count()).toBe(0)
    await shoot(member, '05-event-after-checkin')
  })

  it('rejecting a leave asks for the reason, and the member reads it', async () => {
    const secretary = await signIn(demoIdentities.secretary)
    const member = await signIn('demo-m008')
    const event = await planThemeDay(harness, '请假驳回', 3 * 24 * 60)
    await member.request.post(`${harness.host.url}/api/events`, {
      data: { action: 'requestLeave', payload: { eventId: event.id, reason: '家中有事' } },
    })
    await openPage(secretary, 'packages/secretary/leaves/index')
    const row = secretary.locator(`[data-testid=leave-row][data-member-id=m008]`).filter({ hasText: event.title })
    await row.locator('.leave-reject').first().click()
    const sheet = secretary.getByTestId('reject-sheet')
    await sheet.waitFor()
    await sheet.locator('.reject-confirm').first().click()
    await sheet.getByText('请填写驳回理由（至少 2 个字），党员会看到').waitFor()
    await fill(secretary, '[data-testid=reject-sheet]', '本次为换届选举，请务必参加')
    await shoot(secretary, '06-reject-sheet')
    await sheet.locator('.reject-confirm').first().click()
    await row.waitFor({ state: 'detached' })

    await openPage(member, `pages/event/index?eventId=${event.id}`)
    await member.getByTestId('event-leave').getByText('驳回理由：本次为换届选举，请务必参加').waitFor()
    await shoot(member, '07-member-rejected-leave')
  })

  it('the event form sets the coordinates of a venue picked from 常用地点', async () => {
    const secretary = await signIn(demoIdentities.secretary)
    // The latest venue is listed first; the seed's 三楼党员活动室 (with coordinates) comes second.
    await api(secretary, 'createEvent', {
      type: 'theme_day',
      title: '远期主题党日',
      agenda: '一、集中学习',
      venue: { name: '党员之家', latitude: 31.1, longitude: 121.2, radius: 200 },
      start: new Date(Date.now() + 60 * 24 * 60 * MINUTE).toISOString(),
      end: new Date(Date.now() + (60 * 24 * 60 + 90) * MINUTE).toISOString(),
    })
    await openPage(secretary, 'packages/secretary/event-edit/index')
    await secretary.getByTestId('event-form').waitFor()
    const title = '表单选地点'
    await fill(secretary, '#event-title', title)
    await fill(secretary, '#event-agenda', '一、重温入党誓词')
    await pickInPicker(secretary, '#event-venue-pick', 1)
    await secretary.getByTestId('event-point').getByText('31.230416, 121.473701').waitFor()
    expect(await secretary.locator('#event-venue input').first().inputValue()).toBe('三楼党员活动室')
    await shoot(secretary, '13-form-venue-picked')
    await secretary.locator('.event-save').first().click()
    // The form's default time may overlap a seeded or earlier event: confirm the warning if it is shown.
    const manage = secretary.getByTestId('event-manage').getByText(title)
    const overlap = secretary.locator('.taro-modal__foot').getByText('仍要保存', { exact: true })
    await manage.or(overlap).first().waitFor()
    if (await overlap.isVisible()) await overlap.click()
    await manage.waitFor()
    const [event] = await stored(title)
    expect(event.venue).toEqual({ name: '三楼党员活动室', latitude: 31.230416, longitude: 121.473701, radius: 300 })
  })

  it('a member asks for leave, taps 审批结果通知我, and hears the decision', async () => {
    const secretary = await signIn(demoIdentities.secretary)
    const member = await signIn('demo-m010')
    const event = await planThemeDay(harness, '请假通知', 2 * 24 * 60)
    await openPage(member, `pages/event/index?eventId=${event.id}`)
    await member.locator('.ask-leave').first().click()
    await fill(member, '[data-testid=leave-form]', '单位值班')
    await member.locator('.leave-submit').first().click()
    const remind = member.locator('.leave-remind')
    await remind.getByText('审批结果通知我').waitFor()
    await remind.click()
    await remind.getByText('审批结果通知我（已可提醒 1 次）').waitFor()
    await shoot(member, '14-leave-remind')

    await api(secretary, 'decideLeave', { eventId: event.id, memberId: 'm010', approve: true })
    const { data: messages } = await openDatabase()
      .collection<{ touser: string; templateId: string; data: Record<string, { value: string }> }>(
        collections.outbox.name,
      )
      .where({ touser: 'demo-m010', templateId: LOCAL_TEMPLATES.leave })
      .get()
    expect(messages.map((message) => message.data.phrase3.value)).toEqual(['已批准'])
    await member.reload()
    await member
      .getByTestId('event-leave')
      .getByText(/已批准/)
      .waitFor()
    expect(await member.locator('.leave-remind').count()).toBe(0)
  })

  it('cancelling takes back the attendance points and the member sees the reversal', async () => {
    const secretary = await signIn(demoIdentities.secretary)
    const member = await signIn('demo-m009')
    const event = await planThemeDay(harness, '取消活动', 10)
    await member.request.post(`${harness.host.url}/api/events`, {
      data: { action: 'checkIn', payload: { eventId: event.id, code: await checkinCode(event.id) } },
    })
    await openPage(secretary, `packages/secretary/event-manage/index?eventId=${event.id}`)
    await secretary.locator('.cancel-event').first().click()
    await secretary
      .locator('.taro__modal')
      .getByText(/积分将被撤回/)
      .waitFor()
    await shoot(secretary, '11-cancel-confirm')
    await confirmModal(secretary)
    await secretary.getByTestId('event-manage').getByText('活动已取消').first().waitFor()

    await openPage(member, 'packages/study/history/index')
    await member
      .locator('[data-testid=ledger-row]')
      .filter({ hasText: `冲正：活动已取消（主题党日：${event.title}）` })
      .waitFor()
    await shoot(member, '12-member-points-reversed')
    await openPage(member, `pages/event/index?eventId=${event.id}`)
    await member.getByTestId('event-detail').getByText('已取消').first().waitFor()
  })
})
