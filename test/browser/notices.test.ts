import type { Page } from 'playwright-core'
import { collections } from '../../cloudfunctions/common/db/collections'
import { openDatabase } from '../../cloudfunctions/common/handler'
import type { NoticeOverview } from '../../cloudfunctions/common/contract'
import {
  callAs,
  demoIdentities,
  HARNESS_START_MS,
  fill,
  startBrowserHarness,
  type BrowserHarness,
} from '../helpers/browser'
import { plannedMeeting } from '../notices/helpers'

let harness: BrowserHarness
beforeAll(async () => {
  harness = await startBrowserHarness('notices')
}, HARNESS_START_MS)
afterAll(() => harness?.close())

const HOUR = 3600_000
const TITLE = '关于召开第四季度支部党员大会的通知'

/** A planned meeting of 第一支部 two days from now, as the events feature stores it. */
const insertMeeting = async () => {
  const start = new Date(Math.ceil(Date.now() / HOUR) * HOUR + 48 * HOUR)
  const event = plannedMeeting('ev-browser-meeting', start, {
    expectedMemberIds: [],
    expectedCount: 0,
    createdAt: new Date(),
    updatedAt: new Date(),
  })
  await openDatabase().collection(collections.events.name).add({ data: event })
}

const receiptGroup = (page: Page, group: string) => page.getByTestId(`receipt-group-${group}`)

describe('notices in the browser', () => {
  it('a secretary publishes a meeting notice requiring 签阅; a member acknowledges it; the receipts follow', async () => {
    await insertMeeting()

    // The secretary publishes from 我的 → 通知管理 → 发布通知.
    const secretary = await harness.signIn(demoIdentities.secretary)
    await secretary.getByTestId('home-welcome').waitFor()
    await secretary.goto(`${harness.host.url}/#/pages/mine/index`)
    await secretary.locator('.menu-entry--notices-manage').first().click()
    await secretary.locator('.notice-publish').first().click()
    await secretary.locator('.notice-kind').getByText('会议通知').click()
    await secretary.locator('.notice-meetings').getByText('第四季度支部党员大会').click()
    await fill(secretary, '#notice-title', TITLE)
    await fill(
      secretary,
      '#notice-body',
      '# 会议议程\n- 传达上级会议精神\n- **讨论发展党员事项**\n请全体党员准时参加。',
    )
    await secretary.locator('.notice-requires-ack').first().click()
    await harness.screenshot(secretary, '01-secretary-publish-form')
    await secretary.locator('.notice-submit').first().click()

    await secretary.waitForURL(/packages\/notices\/receipts\/index/)
    await receiptGroup(secretary, 'unread').locator('[data-member-id=m006]').waitFor()
    expect(await receiptGroup(secretary, 'acknowledged').locator('[data-member-id=m006]').count()).toBe(0)
    await harness.screenshot(secretary, '02-receipts-before')

    // The member sees the badge and the unread notice, opens it and acknowledges it.
    const member = await harness.signIn(demoIdentities.member)
    await member.getByTestId('home-notices').getByText(TITLE).waitFor()
    // The badge is the unread count the notices function answers the member, this notice included.
    const { unread } = await callAs<NoticeOverview>(harness, demoIdentities.member, 'notices', 'noticeOverview', {})
    expect(unread).toBeGreaterThanOrEqual(1)
    const badge = member.locator('.taro-tabbar-badge').first()
    await badge.getByText(String(unread), { exact: true }).waitFor()
    await harness.screenshot(member, '03-member-home-badge')
    await member.goto(`${harness.host.url}/#/pages/notices/index`)
    const card = member.getByTestId('notice-list').getByTestId('notice-card').filter({ hasText: TITLE })
    await card.getByTestId('notice-unread-dot').waitFor()
    await harness.screenshot(member, '04-member-notice-list')
    await card.click()
    await member.getByTestId('notice-title').getByText(TITLE).waitFor()
    await member.getByTestId('notice-meeting').getByText('三楼党员活动室').waitFor()
    await member.getByTestId('notice-body').getByText('讨论发展党员事项').waitFor()
    await harness.screenshot(member, '05-member-notice-detail')
    await member.locator('.notice-ack-button').first().click()
    await member.getByTestId('notice-acked').waitFor()
    await harness.screenshot(member, '06-member-acknowledged')

    // The secretary sees the member move from unread to acknowledged.
    await secretary.reload()
    await receiptGroup(secretary, 'acknowledged').locator('[data-member-id=m006]').waitFor()
    expect(await receiptGroup(secretary, 'unread').locator('[data-member-id=m006]').count()).toBe(0)
    await harness.screenshot(secretary, '07-receipts-after')
  })

  it('提醒未读 says how many it reached and copies the unread names for the branch group', async () => {
    // Nobody of 第一支部 has opted in to subscribe messages.
    const db = openDatabase()
    await db
      .collection(collections.noticeSubscriptions.name)
      .where({ credits: db.command.gte(0) })
      .remove()
    const secretary = await harness.signIn(demoIdentities.secretary)
    const published = await secretary.request.post(`${harness.host.url}/api/notices`, {
      data: {
        action: 'publishNotice',
        payload: {
          kind: 'general',
          audience: { scope: 'branch' },
          title: '请核对党费缴纳基数',
          body: '本周内核对。',
          attachments: [],
          pinned: false,
          requiresAck: false,
        },
      },
    })
    const { data } = (await published.json()) as { data: { notice: { id: string } } }
    await secretary.goto(`${harness.host.url}/#/packages/notices/receipts/index?id=${data.notice.id}`)
    const unread = receiptGroup(secretary, 'unread')
    await unread.getByTestId('receipt-person').first().waitFor()
    const names = await unread.locator('.receipts__name').allInnerTexts()
    expect(names.length).toBeGreaterThan(1)

    await secretary.locator('.remind-unread').first().click()
    await secretary.locator('.taro-model__confirm').click()
    await secretary.locator('.taro-modal__title').getByText('已提醒 0 人').waitFor()
    await secretary.locator('.taro-modal__text').getByText(`未读的 ${names.length} 人都未开启订阅消息`).waitFor()
    await harness.screenshot(secretary, '08-remind-reached-nobody', { narrow: true })
    await secretary.locator('.taro-model__confirm').getByText('复制名单').click()
    const copied = await secretary.evaluate(
      () => JSON.parse(localStorage.getItem('taro_clipboard') ?? '{}').data as string,
    )
    expect(copied).toContain(`【请核对党费缴纳基数】还有 ${names.length} 人未读`)
    for (const name of names) expect(copied).toContain(name)
    await secretary.getByText('上次提醒').first().waitFor()
    await harness.screenshot(secretary, '09-receipts-reminded', { narrow: true })
  })
})
