/**
 * Browser-suite harness: the h5 build served by a real local host (in-memory
 * cloud, demo data), driven by playwright-core in Debian's Chromium.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
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
  /** Saves a screenshot into test/.screenshots/<suite>/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>
  close(): Promise<void>
}

export const startBrowserHarness = async (suite: string): Promise<BrowserHarness> => {
  const host = await startHost({ port: 0, staticDir: h5OutputRoot(), seed: true, devLogin: true })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
    screenshot: async (page, name) => {
      // Taro's h5 router slides pages in: wait for running animations so the picture shows one page.
      // A transition cancelled by a redirect rejects `finished`: that also means it is over.
      await page.evaluate(() =>
        Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
      )
      await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true })
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()))
      await browser.close()
      await host.close()
    },
  }
}
