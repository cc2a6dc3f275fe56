/**
 * 党费 in the browser on the demo data: a member opens 我的党费 from 我的, pays
 * this month through the local host's simulated WeChat Pay page, and comes
 * back paid; the secretary's month sheet shows the payment, and the 台账
 * export has it.
 */
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { DuesPaymentDoc } from '../../cloudfunctions/common/db/models/dues'
import { periodKey } from '../../cloudfunctions/common/periods'
import { demoIdentities, startBrowserHarness, type BrowserHarness } from '../helpers/browser'

jest.setTimeout(120_000)

let harness: BrowserHarness

beforeAll(async () => {
  harness = await startBrowserHarness('dues')
})
afterAll(() => harness.close())

describe('党费 in the browser', () => {
  it('a member pays this month on the simulated payment page; the secretary sheet and the 台账 show it', async () => {
    const month = periodKey('month', new Date())
    const member = await harness.signIn(demoIdentities.member)
    await member.getByTestId('home-welcome').waitFor()
    await member.goto(`${harness.host.url}/#/pages/mine/index`)
    await member.locator('.menu-entry--my-dues').first().click()
    const current = member.getByTestId('dues-current')
    await current.waitFor()
    await expect(current.getAttribute('data-state')).resolves.toBe('due')
    const amount = (await member.getByTestId('dues-amount').textContent()) ?? ''
    expect(amount).toMatch(/^¥\d+\.\d{2}$/)
    await harness.screenshot(member, 'member-due', { narrow: true })

    await member.getByTestId('dues-pay-current').click()
    await member.getByTestId('pay-confirm').waitFor()
    await expect(member.getByTestId('pay-amount').textContent()).resolves.toBe(amount)
    await harness.screenshot(member, 'simulated-pay')
    await member.getByTestId('pay-confirm').click()
    await member.locator('[data-testid=dues-current][data-state=paid]').waitFor()
    await member.getByTestId('dues-history-item').first().waitFor()
    await harness.screenshot(member, 'member-paid', { narrow: true })

    const { data } = await openDatabase()
      .collection<DuesPaymentDoc>(collections.duesPayments.name)
      .where({ memberId: 'm006', month })
      .get()
    expect(data).toEqual([expect.objectContaining({ method: 'wechat', kind: 'payment' })])

    const secretary = await harness.signIn(demoIdentities.secretary)
    await secretary.getByTestId('home-welcome').waitFor()
    await secretary.goto(`${harness.host.url}/#/pages/mine/index`)
    await secretary.locator('.menu-entry--dues-sheet').first().click()
    const row = secretary.locator('[data-testid=sheet-row][data-member-id=m006]')
    await row.waitFor()
    await expect(row.getAttribute('data-state')).resolves.toBe('paid')
    await harness.screenshot(secretary, 'secretary-sheet', { narrow: true })
    await secretary.locator('.sheet-filter--due').click()
    await expect(secretary.locator('[data-testid=sheet-row][data-member-id=m006]').count()).resolves.toBe(0)

    const download = secretary.waitForEvent('download')
    await secretary.getByTestId('sheet-export').click()
    const workbook = new ExcelJS.Workbook()
    const file = await (await download).path()
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
    const rows: string[] = []
    workbook.getWorksheet('党费收缴台账')?.eachRow((line) => rows.push((line.values as unknown[]).join('|')))
    expect(rows.some((line) => line.includes(month) && line.includes('已缴') && line.includes('微信支付'))).toBe(true)
  })
})
