import { collections } from '../../cloudfunctions/common/db/collections'
import type { DuesArrearsDoc, DuesBranchMonthDoc } from '../../cloudfunctions/common/db/models/dues'
import { LOCAL_TEMPLATES } from '../../local/seed/notices'
import { setClock, shanghai } from '../helpers/clock'
import { demoIdentities, setBase, useDuesCloud } from './helpers'

const t = useDuesCloud()
const { member, member2, leader, secretary } = demoIdentities

const outbox = async () =>
  (await t.db.collection<{ touser: string; page: string }>(collections.outbox.name).where({}).limit(1000).get()).data

describe('arrears and the monthly compile', () => {
  beforeEach(async () => {
    await setBase(t, 'm006', '2026-04', 5000) // unpaid April–November: 8 months
    await setBase(t, 'm007', '2026-09', 5000) // September–November: 3 months
    await setBase(t, 'm008', '2026-10', 5000) // October–November: 2 months
    await t.ok(secretary, 'dues', 'recordPayment', {
      memberId: 'm008',
      months: ['2026-10'],
      method: 'cash',
      paidOn: '2026-11-20',
    })
    for (const openid of [member, member2])
      await t.ok(openid, 'notices', 'subscribe', { templateIds: [LOCAL_TEMPLATES.reminder] })
    setClock(shanghai('2026-12-01 09:00'))
  })

  it('counts the finished months unpaid in a row', async () => {
    expect((await t.ok(member, 'dues', 'myDues', {})).arrearsMonths).toBe(8)
    expect((await t.ok(member2, 'dues', 'myDues', {})).arrearsMonths).toBe(3)
    const sheet = await t.ok(secretary, 'dues', 'branchSheet', { branchId: 'b1', month: '2026-11' })
    expect(sheet.rows.find((row) => row.memberId === 'm008')?.arrearsMonths).toBe(1)
  })

  it('reminds the opted-in members at 3 months, flags 6 months to the branch and the organisation, once', async () => {
    const run = await t.cloud.runTimer('dues', 'compileDuesMonths')
    expect(run).toMatchObject({ ok: true, data: { compiled: 8, reminded: 2 } })
    const sent = await outbox()
    expect(sent.map((message) => message.touser).sort()).toEqual([member, member2])
    expect(sent[0].page).toBe('packages/dues/mine/index')
    const arrears = (await t.db.collection<DuesArrearsDoc>(collections.duesArrears.name).where({}).get()).data
    expect(arrears.map((doc) => [doc.memberId, doc.level, doc.months]).sort()).toEqual([
      ['m006', 6, 8],
      ['m007', 3, 3],
    ])
    const { data: compiled } = await t.db
      .collection<DuesBranchMonthDoc>(collections.duesBranchMonths.name)
      .where({ _id: 'b1:2026-11' })
      .get()
    expect(compiled[0]).toMatchObject({ dueCount: 3, paidCount: 0, noBaseCount: 17 })
    expect(compiled[0].flaggedNames).toHaveLength(1)
    // The timer running again sends nothing twice.
    await t.cloud.runTimer('dues', 'compileDuesMonths')
    expect(await outbox()).toHaveLength(2)
    // Any other day it compiles the current month only, and reminds nobody.
    setClock(shanghai('2026-12-02 01:30'))
    expect(await t.cloud.runTimer('dues', 'compileDuesMonths')).toMatchObject({ data: { compiled: 4, reminded: 0 } })
    expect(await outbox()).toHaveLength(2)
    const overview = await t.ok(leader, 'dues', 'duesOverview', { month: '2026-11' })
    expect(overview.map((row) => row.branchId)).toEqual(['b1', 'b2', 'b3', 'b4'])
    expect(overview[0]).toMatchObject({ dueCount: 3, paidCount: 0, rate: 0, dueFen: 15000 })
    expect(overview[1]).toMatchObject({ dueCount: 0, rate: null })
  })

  it('the collection rate counts paid members over members who owed', async () => {
    await t.ok(secretary, 'dues', 'recordPayment', {
      memberId: 'm007',
      months: ['2026-11'],
      method: 'transfer',
      paidOn: '2026-11-30',
    })
    const [b1] = await t.ok(leader, 'dues', 'compileDuesMonth', { month: '2026-11' })
    expect(b1).toMatchObject({ dueCount: 3, paidCount: 1, paidFen: 5000, dueFen: 15000 })
    expect(b1.rate).toBeCloseTo(1 / 3)
    expect(b1.unpaidNames).toHaveLength(2)
  })
})
