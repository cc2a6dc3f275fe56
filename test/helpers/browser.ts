/**
 * Browser-suite harness: the h5 build served by a real local host (in-memory
 * cloud, demo data), driven by playwright-core in Debian's Chromium.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { Envelope, EventDetail } from '../../cloudfunctions/common/contract'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { codeForSlot, slotAt } from '../../cloudfunctions/events/rules/code'
import { CHROMIUM_MISSING, findChromium } from '../../scripts/chromium'
import { h5OutputRoot, ROOT } from '../../scripts/h5Build'
import { startHost, type RunningHost } from '../../local/host/start'

import { demoIdentities } from '../../local/seed/organisation'

export { demoIdentities }

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const SCREENSHOT_DIR = join(ROOT, 'test/.screenshots')

/** Time for `startBrowserHarness` (a demo seed and Chromium): over a minute when the shared cores are busy. */
export const HARNESS_START_MS = 180_000

export interface BrowserHarness {
  host: RunningHost
  browser: Browser
  /** A new phone-sized browser context signed in as `openid` through the dev login page. */
  signIn(openid: string): Promise<Page>
  /** Saves a screenshot into test/.screenshots/<suite>/<name>.png; `narrow` adds <name>-320.png at 320 px. */
  screenshot(page: Page, name: string, options?: { narrow?: boolean }): Promise<void>
  close(): Promise<void>
}

/** Taro's h5 router slides pages in: wait for running animations (not endless spinners) so the picture shows one page. */
const settle = (page: Page) =>
  page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        // A transition cancelled by a redirect rejects `finished`: that also means it is over.
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  )

export const startBrowserHarness = async (suite: string): Promise<BrowserHarness> => {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(CHROMIUM_MISSING)
  const host = await startHost({ port: 0, staticDir: h5OutputRoot(), seed: true, devLogin: true })
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  })
  const contexts: BrowserContext[] = []
  const dir = join(SCREENSHOT_DIR, suite)
  mkdirSync(dir, { recursive: true })
  return {
    host,
    browser,
    async signIn(openid) {
      const context = await browser.newContext({
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      })
      contexts.push(context)
      const page = await context.newPage()
      const response = await context.request.post(`${host.url}/dev/login`, { form: { openid }, maxRedirects: 0 })
      if (response.status() !== 303) throw new Error(`dev login failed: ${response.status()}`)
      await page.goto(host.url)
      return page
    },
    screenshot: async (page, name, options) => {
      // A page behind another one may get no new frame, and its screenshot then waits for one.
      await page.bringToFront()
      await settle(page)
      await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true })
      if (!options?.narrow) return
      const viewport = page.viewportSize()
      await page.setViewportSize({ width: 320, height: 640 })
      await settle(page)
      await page.screenshot({ path: join(dir, `${name}-320.png`), fullPage: true })
      if (viewport) await page.setViewportSize(viewport)
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()))
      await browser.close()
      await host.close()
    },
  }
}

/** Fills a form field: Taro's h5 puts the `#id` on the input or on its wrapper. */
export const fill = async (page: Page, selector: string, value: string) => {
  const field = `${selector} input, input${selector}, ${selector} textarea, textarea${selector}`
  await page.locator(field).first().fill(value)
}

/** Calls a cloud function of the harness's host as `openid`, as the app would; the data, or an error naming the refusal. */
export const callAs = async <T>(
  harness: BrowserHarness,
  openid: string,
  fn: string,
  action: string,
  payload: unknown,
): Promise<T> => {
  const envelope = (await harness.host.cloud.call(fn, { action, payload }, openid)) as Envelope<T>
  if (!envelope.ok) throw new Error(`${fn}.${action}: ${envelope.code} ${envelope.message}`)
  return envelope.data
}

let serial = 0
/**
 * 第一支部's secretary plans a 主题党日 through the events function, `startIn` minutes from now for
 * `length` minutes, titled `title` and a number of its own: a test arranges its own event.
 */
export const planThemeDay = async (
  harness: BrowserHarness,
  title: string,
  startIn: number,
  length = 90,
): Promise<EventDetail> => {
  const start = new Date(Date.now() + startIn * 60_000)
  const payload = {
    type: 'theme_day',
    title: `${title}${++serial}`,
    agenda: '一、集中学习\n二、交流发言',
    venue: { name: '党员之家', radius: 300 },
    start: start.toISOString(),
    end: new Date(start.getTime() + length * 60_000).toISOString(),
  }
  return callAs<EventDetail>(harness, demoIdentities.secretary, 'events', 'createEvent', payload)
}

/** The check-in code the event's screen shows now, or `slotsBack` slots ago (what a forwarded screenshot carries). */
export const checkinCode = async (eventId: string, slotsBack = 0) => {
  const { data } = await openDatabase().collection<EventDoc>(collections.events.name).doc(eventId).get()
  return codeForSlot(data.secret, slotAt(new Date()) - slotsBack)
}
