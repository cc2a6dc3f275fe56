/**
 * 组织架构 in the browser, on the demo group (集团党委 › 一分公司党委 / 二分公司党委 …):
 * the root admin sets up a 党总支, moves a branch under it and grants a member
 * leader on it, who then sees that subtree only; a branch with members cannot
 * be deleted, and siblings are renamed and reordered. Each journey touches
 * units the other leaves alone.
 */
import type { Page } from 'playwright-core'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import type { UnitDoc } from '../../cloudfunctions/common/db/models/units'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { demoOpenid } from '../../local/seed/organisation'
import { demoIdentities, fill, startBrowserHarness, type BrowserHarness } from '../helpers/browser'
import { confirmModal } from '../helpers/browserControls'

jest.setTimeout(120_000)

let harness: BrowserHarness
beforeAll(async () => {
  harness = await startBrowserHarness('units')
}, 180_000)
afterAll(() => harness?.close())

/** 第七支部 (b7, under 二分公司党委) and one of its plain members. */
const BRANCH = 'b7'
const NEW_LEADER = 'm125'

const line = (page: Page, unitId: string) => page.locator(`[data-testid=unit-line][data-unit-id=${unitId}]`)

/** The names of the listed units, in order. */
const lineNames = (page: Page) => page.locator('[data-testid=unit-line] .unit-line__name').allInnerTexts()

const openUnit = async (page: Page, unitId: string) => {
  await line(page, unitId).click()
  await page.getByTestId('unit-sheet').waitFor()
}

const closeSheet = async (page: Page) => {
  await page.locator('.nut-popup-title-right:visible').click()
  await page.getByTestId('unit-sheet').waitFor({ state: 'detached' })
}

const openTree = async (openid: string) => {
  const page = await harness.signIn(openid)
  await page.getByTestId('home-welcome').waitFor()
  await page.goto(`${harness.host.url}/#/pages/mine/index`)
  await page.locator('.menu-entry--admin-units').first().click()
  await line(page, 'org').waitFor()
  return page
}

const unitNamed = async (name: string) => {
  const { data } = await openDatabase().collection<UnitDoc>(collections.units.name).where({ name }).get()
  return data[0]
}

describe('组织架构 in the browser', () => {
  it('lets the root admin set up a 党总支, move a branch under it and grant a leader, who sees only that subtree', async () => {
    const admin = await openTree(demoIdentities.admin)
    expect((await lineNames(admin)).slice(0, 3)).toEqual(['集团党委', '一分公司党委', '第一支部'])
    await harness.screenshot(admin, '01-tree', { narrow: true })

    await openUnit(admin, 'u-c2')
    await admin.locator('.unit-child-kind').getByText('党总支', { exact: true }).click()
    await fill(admin, '#unit-child-name', '项目党总支')
    await admin.locator('.unit-create').first().click()
    await admin.getByTestId('unit-line').filter({ hasText: '项目党总支' }).waitFor()
    const created = await unitNamed('项目党总支')
    expect(created).toMatchObject({ kind: 'general', parentId: 'u-c2', ancestors: ['org', 'u-c2'] })
    await harness.screenshot(admin, '02-unit-sheet', { narrow: true })
    await closeSheet(admin)

    // Move targets are the 党委 / 党总支 the admin manages, depth first, without 第七支部's parent now.
    await openUnit(admin, BRANCH)
    const targets = admin.getByTestId('unit-move-target')
    expect(await targets.allInnerTexts()).toEqual(['集团党委', '一分公司党委', '机关党总支', '项目党总支'])
    await admin.locator(`[data-testid=unit-move-target][data-unit-id=${created._id}]`).click()
    await admin.locator('.unit-move-save').getByText('移到「项目党总支」之下').waitFor()
    await admin.locator('.unit-move-save').first().click()
    await confirmModal(admin)
    await admin.waitForFunction(
      ([parent, branch]) => {
        const ids = Array.from(document.querySelectorAll('[data-testid=unit-line]')).map((el) =>
          el.getAttribute('data-unit-id'),
        )
        return ids.indexOf(branch) === ids.indexOf(parent) + 1
      },
      [created._id, BRANCH],
    )
    const members = openDatabase().collection<MemberDoc>(collections.members.name)
    const { data: moved } = await members.where({ branchId: BRANCH }).get()
    expect(new Set(moved.map((member) => member.unitIds.join('/')))).toEqual(
      new Set([`org/u-c2/${created._id}/${BRANCH}`]),
    )
    await closeSheet(admin)

    await openUnit(admin, created._id)
    await fill(admin, '#grant-search', '13800130125')
    await admin.locator('.grant-search-submit').first().click()
    await admin.locator(`[data-testid=grant-candidate][data-member-id=${NEW_LEADER}]`).click()
    await admin.locator('.grant-role').getByText('党委领导', { exact: true }).click()
    await admin.locator('.grant-save').first().click()
    await admin.locator(`[data-testid=unit-grant][data-member-id=${NEW_LEADER}]`).waitFor()
    await harness.screenshot(admin, '03-granted', { narrow: true })

    const leader = await harness.signIn(demoOpenid(NEW_LEADER))
    await leader.getByTestId('home-welcome').waitFor()
    await leader.goto(`${harness.host.url}/#/pages/mine/index`)
    await leader.locator('.menu-entry--stats-dashboard').first().click()
    await leader.locator(`[data-testid=branch-row][data-branch-id=${BRANCH}]`).waitFor()
    await expect(leader.getByTestId('unit-path').textContent()).resolves.toBe('项目党总支')
    expect(await leader.getByTestId('unit-row').count()).toBe(0)
    expect(await leader.getByTestId('branch-row').count()).toBe(1)
    await expect(leader.getByTestId('total-members').textContent()).resolves.toContain('20')
    await harness.screenshot(leader, '04-new-leader-dashboard')
  })

  it('refuses to delete a branch that has members with the reason, and renames and reorders siblings', async () => {
    const admin = await openTree(demoIdentities.admin)
    await openUnit(admin, 'b10')
    await admin.locator('.unit-delete').first().click()
    await confirmModal(admin, '删除')
    await admin.getByTestId('field-error').getByText('该支部还有党员，请先把党员转到其他支部').waitFor()
    await harness.screenshot(admin, '05-delete-refused', { narrow: true })
    expect(await unitNamed('离退休党支部')).toBeDefined()

    await fill(admin, '#unit-rename', '离退休干部党支部')
    await admin.locator('.unit-rename-save').first().click()
    await line(admin, 'b10').getByText('离退休干部党支部').waitFor()
    await admin.locator('.unit-up').first().click()
    await admin.waitForFunction(() => {
      const ids = Array.from(document.querySelectorAll('[data-testid=unit-line]')).map((el) =>
        el.getAttribute('data-unit-id'),
      )
      return ids.indexOf('b10') < ids.indexOf('b9')
    })
    await closeSheet(admin)
    const names = await lineNames(admin)
    expect(names.slice(-2)).toEqual(['离退休干部党支部', '集团机关党支部'])
  })
})
