/**
 * Browser-suite harness: the h5 build served by a real local host (in-memory
 * cloud, demo data), driven by playwright-core in Debian's Chromium.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_MISSING, findChromium } from '../../scripts/chromium'
import { h5OutputRoot, ROOT } from '../../scripts/h5Build'
import { startHost, type RunningHost } from '../../local/host/start'

export { demoIdentities } from '../../local/seed/organisation'

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
