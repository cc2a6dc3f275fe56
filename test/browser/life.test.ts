/**
 * 谈心谈话, 组织生活会 and 政治生日 in the browser on the demo data: a
 * secretary records a talk from the coverage card and sees the coverage move
 * (so does a leader); records a 组织生活会 with a 整改 item that, once its
 * deadline has passed, is flagged on 首页; adds this month's or next month's
 * 政治生日 members to a coming 主题党日's agenda. Each test makes its own data.
 */
import type { Page } from 'playwright-core'
import type { ActionName, FunctionName, Payload, Result } from '../../cloudfunctions/common/contract'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import type { LifeMeetingDoc, RectificationDoc } from '../../cloudfunctions/common/db/models/review'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { dayKey } from '../../cloudfunctions/common/periods'
import { demoIdentities, startBrowserHarness, type BrowserHarness } from '../helpers/browser'

// Journeys of several pages on a shared 2-core machine.
jest.setTimeout(180_000)

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

let harness: BrowserHarness

beforeAll(async () => {
  harness = await startBrowserHarness('life')
})
afterAll(() => harness?.close())

const signIn = async (openid: string) => {
  const page = await harness.signIn(openid)
  page.setDefaultTimeout(40_000)
  await page.getByTestId('home-welcome').waitFor()
  return page
}

const openPage = (page: Page, path: string) => page.goto(`${harness.host.url}/#/${path}`)

/** Opens 我的 and taps one of its entries. */
const openFromMine = async (page: Page, entry: string) => {
  await openPage(page, 'pages/mine/index')
  await page.locator(`.menu-entry--${entry}`).first().click()
}

/** Calls a function as the page's signed-in user, like the app does (test set-up only). */
const api = async <F extends FunctionName, A extends ActionName<F>>(
  page: Page,
  fn: F,
  action: A,
  payload: Payload<F, A>,
): Promise<Result<F, A>> => {
  const response = await page.request.post(`${harness.host.url}/api/${fn}`, { data: { action, payload } })
  const envelope = await response.json()
  if (!envelope.ok) throw new Error(`${action}: ${envelope.code} ${envelope.message}`)
  return envelope.data
}

let serial = 0
/** An event of 第一支部 starting `startIn` from now, lasting two hours, with a title of its own. */
const planEvent = (secretary: Page, type: 'life_meeting' | 'theme_day', title: string, startIn: number) => {
  const start = new Date(Date.now() + startIn)
  return api(secretary, 'events', 'createEvent', {
    type,
    title: `${title}${++serial}`,
    agenda: '一、集中学习\n二、交流发言',
    venue: { name: '党员之家', radius: 300 },
    start: start.toISOString(),
    end: new Date(start.getTime() + 120 * MINUTE).toISOString(),
  })
}

const fill = async (page: Page, selector: string, value: string) => {
  await page
    .locator(`${selector} input, input${selector}, ${selector} textarea, textarea${selector}`)
    .first()
    .fill(value)
}

/** Waits until `read` finds something in the database (a write the page made). */
const stored = async <T>(read: () => Promise<T | undefined>): Promise<T> => {
  for (let attempt = 0; attempt < 80; attempt++) {
    const found = await read()
    if (found !== undefined) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the page did not store it')
}

const db = () => openDatabase()

/** Screenshots at 375 and 320 px; `top` scrolls the page back up first. */
const shoot = async (page: Page, name: string, { top = false } = {}) => {
  if (top)
    await page.evaluate(() => {
      for (const element of Array.from(document.querySelectorAll('*'))) if (element.scrollTop) element.scrollTop = 0
    })
  await harness.screenshot(page, name, { narrow: true })
}

describe('谈心谈话, 组织生活会 and 政治生日 in the browser', () => {
  it('a talk recorded from the coverage card covers that member for the secretary and for the leader', async () => {
    const secretary = await signIn(demoIdentities.secretary)
    await openFromMine(secretary, 'talks')
    const meter = secretary.getByTestId('talk-secretary-coverage')
    await meter.waitFor()
    const covered = Number(await meter.getAttribute('data-covered'))
    const chip = secretary.getByTestId('talk-missing').first()
    const memberId = (await chip.getAttribute('data-member-id')) ?? ''
    const name = (await chip.textContent()) ?? ''
    await shoot(secretary, 'talks')

    await chip.click()
    await expect(secretary.locator('#talk-with').textContent()).resolves.toBe(name)
    await fill(secretary, '#talk-topic', '年度思想交流')
    await fill(secretary, '#talk-notes', '谈了工作和学习情况，无特殊困难。')
    await shoot(secretary, 'talk-new')
    await secretary.locator('.talk-submit').click()

    await secretary.locator(`[data-testid=talk-secretary-coverage][data-covered="${covered + 1}"]`).waitFor()
    await expect(secretary.locator(`[data-testid=talk-missing][data-member-id=${memberId}]`).count()).resolves.toBe(0)
    await secretary.locator(`[data-testid=talk-row][data-member-id=${memberId}]`).first().waitFor()

    const leader = await signIn(demoIdentities.leader)
    await openFromMine(leader, 'talk-coverage')
    const b1 = leader.locator('[data-testid=coverage-branch][data-branch-id=b1]')
    await expect(b1.getByTestId('coverage-secretary').getAttribute('data-covered')).resolves.toBe(String(covered + 1))
    await shoot(leader, 'leader-coverage')
    await b1.click()
    await leader.locator(`[data-testid=talk-row][data-member-id=${memberId}]`).first().waitFor()
    await expect(leader.locator('.talk-new').count()).resolves.toBe(0)
  })

  it('a 组织生活会 record with a 整改 item past its deadline is flagged on the secretary’s 首页', async () => {
    const secretary = await signIn(demoIdentities.secretary)
    const event = await planEvent(secretary, 'life_meeting', '年度组织生活会', -10 * MINUTE)
    const member = await signIn(demoIdentities.member)
    await openPage(member, `pages/event/index?eventId=${event.id}`)
    await member.locator('.life-meeting-record').click()
    await fill(member, '#life-material', '对照党章查摆：理论学习不够系统，发挥作用不够。')
    await member.locator('.life-material-submit').click()
    await stored(
      async () => (await db().collection(collections.checkMaterials.name).where({ eventId: event.id }).get()).data[0],
    )

    await openPage(secretary, `packages/secretary/event-manage/index?eventId=${event.id}`)
    await secretary.locator('.life-meeting-record').click()
    await fill(secretary, '#life-theme', '对照检查找差距')
    await fill(secretary, '#life-criticism', '书记带头查摆问题 3 条，党员相互提出意见 8 条。')
    await secretary.locator('.life-record-save').click()
    await stored(async () => {
      const { data } = await db()
        .collection<LifeMeetingDoc>(collections.lifeMeetings.name)
        .where({ _id: event.id })
        .get()
      return data[0]
    })
    await secretary.locator('[data-testid=material-row][data-member-id=m006]').waitFor()
    await fill(secretary, '#rect-item', '建立党员理论学习台账')
    await secretary.locator('.rect-add').click()
    await secretary.locator('[data-testid=rectification-row][data-status=open]').waitFor()
    await shoot(secretary, 'life-meeting')
    await shoot(secretary, 'life-meeting-top', { top: true })

    // The deadline passes: the item was due yesterday.
    const items = db().collection<RectificationDoc>(collections.rectifications.name)
    const [item] = (await items.where({ eventId: event.id }).get()).data
    await items.doc(item._id).update({ data: { deadline: dayKey(new Date(Date.now() - DAY)) } })
    await openPage(secretary, 'pages/index/index')
    await secretary.locator(`[data-testid=overdue-row][data-rectification-id="${item._id}"]`).waitFor()
    await shoot(secretary, 'home-overdue')
  })

  it('a member opts in to the 政治生日 message from 我的, which keeps its greeting', async () => {
    const member = await signIn(demoIdentities.member2)
    await openPage(member, 'pages/mine/index')
    await member.getByTestId('political-birthday').waitFor()
    const remind = member.locator('.birthday-remind')
    await expect(remind.textContent()).resolves.toBe('政治生日当天提醒我')
    await shoot(member, 'mine')
    await remind.click()
    await member.locator('.birthday-remind', { hasText: '已可提醒 1 次' }).waitFor()
  })

  it('adds the 政治生日 members of a coming 主题党日’s month to its agenda in one tap', async () => {
    const secretary = await signIn(demoIdentities.secretary)
    const event = await planEvent(secretary, 'theme_day', '政治生日主题党日', 2 * DAY)
    await openFromMine(secretary, 'birthdays')
    await secretary.locator(`[data-testid=birthday-event][data-event-id="${event.id}"]`).click()
    const chosen = secretary.locator('[data-testid=birthday-row][data-selected=true]')
    await chosen.first().waitFor()
    const count = await chosen.count()
    await shoot(secretary, 'birthdays')

    await secretary.locator('.birthday-add').click()
    await secretary.locator('.taro-modal__foot').getByText('确定', { exact: true }).click()
    await secretary.getByTestId('birthday-agenda').waitFor()
    const { data } = await db().collection<EventDoc>(collections.events.name).doc(event.id).get()
    const line = data.agenda.split('\n').pop() ?? ''
    expect(line).toMatch(/^政治生日：.+，重温入党誓词$/)
    expect(line.match(/入党\d+周年/g)).toHaveLength(count)
    await shoot(secretary, 'birthdays-added')
  })
})
