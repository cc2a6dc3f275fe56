/**
 * 党费 in the browser on the demo data: a member opens 我的党费 from 我的, pays
 * this month through the local host's simulated WeChat Pay page, and comes
 * back paid; the secretary's month sheet shows the payment, and the 台账
 * export has it. Bases: a member declares (seeing the amount first), the
 * secretary sends it back and confirms the new one; reliefs: the secretary
 * proposes, the admin approves; the admin's settings and base import. Each
 * journey uses its own member, so they run in any order.
 */
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { DuesBaseDoc, DuesPaymentDoc, DuesRulesDoc } from '../../cloudfunctions/common/db/models/dues'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { periodKey, shiftPeriod } from '../../cloudfunctions/common/periods'
import type { Page } from 'playwright-core'
import { demoIdentities, fill, startBrowserHarness, type BrowserHarness } from '../helpers/browser'
import { confirmModal } from '../helpers/browserControls'
import { demoOpenid } from '../../local/seed/organisation'
import type { DuesOrderDoc } from '../../cloudfunctions/common/db/models/dues'

jest.setTimeout(120_000)

let harness: BrowserHarness

// Seeding the history (dues included) takes minutes on a loaded machine.
beforeAll(async () => {
  harness = await startBrowserHarness('dues')
}, 300_000)
afterAll(() => harness.close())

const openFromMine = async (page: Page, entry: string) => {
  await page.getByTestId('home-welcome').waitFor()
  await page.goto(`${harness.host.url}/#/pages/mine/index`)
  await page.locator(`.menu-entry--${entry}`).first().click()
}

const docsOf = async <T>(name: string, where: Record<string, unknown>) =>
  (await openDatabase().collection<T>(name).where(where).get()).data

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

  it('a member declares a base seeing its amount; the secretary sends it back with a reason, then confirms the new one', async () => {
    const next = shiftPeriod('month', periodKey('month', new Date()), 1)
    const member = await harness.signIn(demoIdentities.member2)
    await openFromMine(member, 'my-dues')
    await member.locator('.base-open').click()
    await fill(member, '#base-pay', '8000')
    await member.locator('.base-month-next').click()
    await expect(member.getByTestId('base-preview').textContent()).resolves.toBe(
      '基数 8000.00 元 × 1.5%，每月应缴 ¥120.00',
    )
    await harness.screenshot(member, 'base-form', { narrow: true })
    await member.locator('.base-submit').click()
    await member.locator('[data-testid=dues-pending-base][data-status=declared]').waitFor()

    const secretary = await harness.signIn(demoIdentities.secretary)
    await openFromMine(secretary, 'dues-bases')
    const row = secretary.locator(`[data-testid=base-row][data-base-id="m007:${next}"]`)
    await row.locator('.base-return').click()
    await fill(secretary, '#base-return-reason', '请按税后固定工资申报')
    await harness.screenshot(secretary, 'base-return', { narrow: true })
    await secretary.locator('.base-return-reason-submit').click()
    await row.waitFor({ state: 'detached' })

    await member.reload()
    const returned = member.locator('[data-testid=dues-pending-base][data-status=returned]')
    await returned.getByText('请按税后固定工资申报', { exact: false }).waitFor()
    await harness.screenshot(member, 'base-returned', { narrow: true })
    await member.locator('.base-open').click()
    await fill(member, '#base-pay', '7000')
    await member.locator('.base-month-next').click()
    await member.locator('.base-submit').click()
    await member.locator('[data-testid=dues-pending-base][data-status=declared]').waitFor()

    await secretary.reload()
    await row.locator('.base-confirm').click()
    await confirmModal(secretary)
    await row.waitFor({ state: 'detached' })
    const [base] = await docsOf<DuesBaseDoc>(collections.duesBases.name, { _id: `m007:${next}` })
    // The new declaration replaced the one sent back.
    expect(base).toMatchObject({ status: 'confirmed', payFen: 700000 })
    expect(base.returnReason).toBeUndefined()
  })

  it('the secretary proposes an exemption with reason and period; the admin approves it and the sheet shows 免缴', async () => {
    const month = periodKey('month', new Date())
    const secretary = await harness.signIn(demoIdentities.secretary)
    await openFromMine(secretary, 'dues-relief')
    await secretary.locator('.relief-member[data-member-id=m009]').click()
    await fill(secretary, '#relief-reason', '长期患病住院，家庭困难')
    await secretary.locator('.relief-to-next').click()
    await harness.screenshot(secretary, 'relief-proposal', { narrow: true })
    await secretary.locator('.relief-submit').click()
    await secretary.locator('[data-testid=relief-row][data-status=proposed]').first().waitFor()
    const [relief] = await docsOf<{ _id: string; toMonth: string }>(collections.duesReliefs.name, { memberId: 'm009' })
    expect(relief.toMonth).toBe(shiftPeriod('month', month, 1))

    const admin = await harness.signIn(demoIdentities.admin)
    await openFromMine(admin, 'dues-reliefs')
    const row = admin.locator(`[data-testid=relief-row][data-relief-id="${relief._id}"]`)
    await harness.screenshot(admin, 'relief-approvals', { narrow: true })
    await row.locator('.relief-approve').click()
    await confirmModal(admin)
    await row.waitFor({ state: 'detached' })

    await secretary.goto(`${harness.host.url}/#/packages/dues/sheet/index`)
    const sheetRow = secretary.locator('[data-testid=sheet-row][data-member-id=m009]')
    await sheetRow.waitFor()
    await expect(sheetRow.getAttribute('data-state')).resolves.toBe('exempt')
  })

  it('the admin saves new rules from next month; a bad rate is refused and saves nothing', async () => {
    const next = shiftPeriod('month', periodKey('month', new Date()), 1)
    const admin = await harness.signIn(demoIdentities.admin)
    await openFromMine(admin, 'dues-settings')
    await admin.locator('[data-testid=rules-version][data-month="2008-04"]').waitFor()
    await fill(admin, '.rules-employed-rate-3', '0')
    await admin.locator('.rules-save').click()
    await admin.getByTestId('field-error').waitFor()
    expect(await docsOf<DuesRulesDoc>(collections.duesRules.name, {})).toEqual([])
    await fill(admin, '.rules-employed-rate-3', '2.5')
    await admin.locator('.rules-insurance').click()
    await harness.screenshot(admin, 'settings', { narrow: true })
    await admin.locator('.rules-save').click()
    await admin.locator(`[data-testid=rules-version][data-month="${next}"]`).waitFor()
    const [saved] = await docsOf<DuesRulesDoc>(collections.duesRules.name, {})
    expect(saved).toMatchObject({ fromMonth: next, deductInsurance: true })
    expect(saved.employed[3]).toEqual({ upToFen: null, rateBp: 250 })
  })

  it('the admin imports bases: a file with bad rows shows each row and imports nothing; a clean file imports all', async () => {
    const next = shiftPeriod('month', periodKey('month', new Date()), 1)
    const [a, b] = await Promise.all(
      ['m010', 'm011'].map(async (id) => (await docsOf<MemberDoc>(collections.members.name, { _id: id }))[0]),
    )
    const workbookOf = async (rows: (string | number)[][]) => {
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet('基数')
      sheet.addRow(['姓名', '手机号', '党费类别', '起始月份', '月收入（元）', '五险一金（元）'])
      rows.forEach((row) => sheet.addRow(row))
      return Buffer.from(await workbook.xlsx.writeBuffer())
    }
    const admin = await harness.signIn(demoIdentities.admin)
    await openFromMine(admin, 'dues-import')
    const pick = async (rows: (string | number)[][]) => {
      const chooser = admin.waitForEvent('filechooser')
      await admin.locator('.base-import-pick').first().click()
      const mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      await (await chooser).setFiles({ name: '基数.xlsx', mimeType, buffer: await workbookOf(rows) })
    }
    await pick([
      [a.name, a.phone, '在职党员', next, 6000, 0],
      ['查无此人', '13800000000', '在职党员', next, 6000, 0],
      [b.name, b.phone, '老板', next, 6000, 0],
    ])
    await admin.getByTestId('base-import-errors').waitFor()
    await expect(admin.getByTestId('base-import-error-row').count()).resolves.toBe(2)
    await harness.screenshot(admin, 'import-errors', { narrow: true })
    const ids = [`m010:${next}`, `m011:${next}`]
    expect(await docsOf<DuesBaseDoc>(collections.duesBases.name, { _id: openDatabase().command.in(ids) })).toEqual([])

    await pick([
      [a.name, a.phone, '在职党员', next, 6000, 0],
      [b.name, b.phone, '离退休党员', next, 4000, 0],
    ])
    await admin.getByTestId('base-import-done').getByText('已导入 2 条').waitFor()
    const bases = await docsOf<DuesBaseDoc>(collections.duesBases.name, { _id: openDatabase().command.in(ids) })
    expect(bases.map((base) => [base._id, base.status]).sort()).toEqual(ids.map((id) => [id, 'confirmed']))
  })

  it('the leader’s dashboard shows each unit’s 党费收缴率 beside the other figures', async () => {
    const leader = await harness.signIn(demoIdentities.leader)
    await openFromMine(leader, 'stats-dashboard')
    const table = leader.locator('[data-testid=unit-table], [data-testid=branch-table]').first()
    await table.waitFor()
    await table.locator('.branch-table__row--head').getByText('党费').waitFor()
    const rates = await table
      .locator('.branch-table__row:not(.branch-table__row--head) > :last-child')
      .allTextContents()
    expect(rates.length).toBeGreaterThan(0)
    expect(rates.every((rate) => /^\d+\.\d%$/.test(rate))).toBe(true)
    await leader.getByTestId('figure-dues').waitFor()
    await harness.screenshot(leader, 'dashboard-dues', { narrow: true })
  })

  it('a WeChat payment for a month the secretary meanwhile recorded in cash is refunded once, with its reason', async () => {
    // m013 (odd serial) has not paid this month in the demo seed.
    const month = periodKey('month', new Date())
    const member = await harness.signIn(demoOpenid('m013'))
    await openFromMine(member, 'my-dues')
    await member.locator('[data-testid=dues-current][data-state=due]').waitFor()
    await member.getByTestId('dues-pay-current').click()
    await member.getByTestId('pay-confirm').waitFor()

    const secretary = await harness.signIn(demoIdentities.secretary)
    const paidOn = new Date().toISOString().slice(0, 10)
    const cash = { memberId: 'm013', months: [month], method: 'cash', paidOn }
    const recorded = await secretary.request.post(`${harness.host.url}/api/dues`, {
      data: { action: 'recordPayment', payload: cash },
    })
    await expect(recorded.json()).resolves.toMatchObject({ ok: true })
    await member.getByTestId('pay-confirm').click()
    // The simulated page delivers WeChat's payment result; the order turns `conflict` once it has.
    let orders: DuesOrderDoc[] = []
    for (let tries = 0; tries < 60 && !orders.length; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      orders = await docsOf<DuesOrderDoc>(collections.duesOrders.name, { memberId: 'm013', status: 'conflict' })
    }
    expect(orders).toHaveLength(1)
    const orderNo = orders[0]?._id ?? ''

    await openFromMine(secretary, 'dues-refunds')
    const row = secretary.locator(`[data-testid=refund-row][data-order-no="${orderNo}"]`)
    await expect(row.getAttribute('data-state')).resolves.toBe('open')
    await harness.screenshot(secretary, 'refund-open', { narrow: true })
    await row.locator('.refund-start').click()
    await fill(secretary, '#refund-reason', '本月已现金缴纳，微信支付原路退回')
    await secretary.locator('.refund-reason-submit').click()
    await secretary.locator(`[data-testid=refund-row][data-order-no="${orderNo}"][data-state=refunded]`).waitFor()
    await expect(row.textContent()).resolves.toContain('本月已现金缴纳，微信支付原路退回')
    await harness.screenshot(secretary, 'refund-done', { narrow: true })
    expect(await docsOf(collections.duesRefunds.name, { orderNo })).toHaveLength(1)
  })
})
