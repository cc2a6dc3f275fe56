import { demoIdentities, DUES_NOW, duesState, fen, setBase, setJoinedOn, useDuesCloud } from './helpers'
import { setClock, shanghai } from '../helpers/clock'

const t = useDuesCloud()
const { secretary, member, admin } = demoIdentities
const M = 'm006' // 第一支部's plain member, signed in as `member`

const mine = () => t.ok(member, 'dues', 'myDues', {})

describe('本月应缴 under the 2008 brackets', () => {
  it.each([
    ['employed', 3000, 1500, 50],
    ['employed', 3000.01, 3000, 100],
    ['employed', 5000, 5000, 100],
    ['employed', 10000, 15000, 150],
    ['annual', 10000.01, 20000, 200],
    ['retired', 5000, 2500, 50],
    ['retired', 5000.01, 5000, 100],
    ['flat', 0, 20, null],
  ] as const)('%s, base %p 元: %p fen at %p bp', async (category, base, amountFen, rateBp) => {
    await setBase(t, M, '2026-11', base, category)
    const { current } = await mine()
    expect(current).toMatchObject({ month: '2026-11', state: 'due', amountFen, rateBp, category })
    expect(current.baseFen).toBe(category === 'flat' ? null : fen(base))
  })

  it('lists every owed month with the base and rate it came from; a base change applies from its month', async () => {
    await setBase(t, M, '2026-01', 4000)
    await setBase(t, M, '2026-07', 6000)
    const { unpaid, current } = await mine()
    expect(unpaid.map((month) => [month.month, month.baseFen, month.rateBp, month.amountFen])).toEqual([
      ...['01', '02', '03', '04', '05', '06'].map((m) => [`2026-${m}`, 400000, 100, 4000]),
      ...['07', '08', '09', '10', '11'].map((m) => [`2026-${m}`, 600000, 150, 9000]),
    ])
    expect(current.amountFen).toBe(9000)
  })

  it('a 预备党员 owes from the month the 支部大会 approved them (入党日期), not before', async () => {
    await setJoinedOn(t, M, '2026-09-28')
    await setBase(t, M, '2026-01', 4000)
    const { unpaid } = await mine()
    expect(unpaid.map((month) => month.month)).toEqual(['2026-09', '2026-10', '2026-11'])
    expect(await t.call(member, 'dues', 'payDues', { months: ['2026-08'] })).toMatchObject({
      ok: false,
      code: 'DUES_MONTH_NOT_DUE',
    })
  })

  it('a base the member declares counts only once the secretary confirms it', async () => {
    const declared = await t.ok(member, 'dues', 'declareBase', {
      category: 'employed',
      fromMonth: '2026-11',
      payFen: fen(8000),
    })
    expect(declared.status).toBe('declared')
    let dues = await mine()
    expect(dues.current.state).toBe('no_base')
    expect(dues.pendingBase).toMatchObject({ id: 'm006:2026-11', payFen: 800000 })
    const pending = await t.ok(secretary, 'dues', 'pendingBases', { branchId: 'b1' })
    expect(pending.map((base) => base.id)).toEqual(['m006:2026-11'])
    await t.ok(secretary, 'dues', 'confirmBase', { baseId: 'm006:2026-11' })
    dues = await mine()
    expect(dues.current).toMatchObject({ state: 'due', amountFen: 12000, rateBp: 150 })
    expect(dues.base).toMatchObject({ status: 'confirmed' })
    expect(
      await t.call(member, 'dues', 'declareBase', { category: 'employed', fromMonth: '2026-11', payFen: 1 }),
    ).toMatchObject({ ok: false, code: 'DUES_BASE_CONFIRMED' })
  })

  it('a base sent back shows the member the reason and leaves the queue; declaring again replaces it; a confirmed one stays', async () => {
    await t.ok(member, 'dues', 'declareBase', { category: 'employed', fromMonth: '2026-11', payFen: fen(80000) })
    const before = duesState(t)
    expect(await t.call(secretary, 'dues', 'returnBase', { baseId: 'm006:2026-11', reason: ' ' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
    expect(duesState(t)).toEqual(before)
    const returned = await t.ok(secretary, 'dues', 'returnBase', { baseId: 'm006:2026-11', reason: '请填写税后月收入' })
    expect(returned).toMatchObject({ status: 'returned', returnReason: '请填写税后月收入' })
    expect(await t.ok(secretary, 'dues', 'returnBase', { baseId: 'm006:2026-11', reason: '再次退回' })).toMatchObject({
      returnReason: '请填写税后月收入',
    })
    expect(await t.ok(secretary, 'dues', 'pendingBases', { branchId: 'b1' })).toEqual([])
    expect((await mine()).pendingBase).toMatchObject({ status: 'returned', returnReason: '请填写税后月收入' })
    await t.ok(member, 'dues', 'declareBase', { category: 'employed', fromMonth: '2026-11', payFen: fen(8000) })
    expect((await mine()).pendingBase).toMatchObject({ status: 'declared', payFen: 800000, returnReason: null })
    await setBase(t, M, '2026-12', 9000)
    expect(await t.call(secretary, 'dues', 'returnBase', { baseId: 'm006:2026-12', reason: '晚了' })).toMatchObject({
      ok: false,
      code: 'DUES_BASE_CONFIRMED',
    })
  })

  it('an approved exemption makes its months exempt; a reduction lowers them; a rejected one changes nothing', async () => {
    await setBase(t, M, '2026-01', 6000)
    const exempt = await t.ok(secretary, 'dues', 'proposeRelief', {
      memberId: M,
      kind: 'exempt',
      fromMonth: '2026-03',
      toMonth: '2026-04',
      reason: '家庭重大变故，经支部大会研究同意免缴',
    })
    const reduce = await t.ok(secretary, 'dues', 'proposeRelief', {
      memberId: M,
      kind: 'reduce',
      amountFen: 1000,
      fromMonth: '2026-05',
      toMonth: '2026-05',
      reason: '长期患病，收入大幅减少',
    })
    const rejected = await t.ok(secretary, 'dues', 'proposeRelief', {
      memberId: M,
      kind: 'exempt',
      fromMonth: '2026-06',
      toMonth: '2026-06',
      reason: '申请免缴',
    })
    // Proposed only: nothing changes yet.
    expect((await mine()).unpaid).toHaveLength(11)
    await t.ok(admin, 'dues', 'decideRelief', { reliefId: exempt.id, approve: true })
    await t.ok(admin, 'dues', 'decideRelief', { reliefId: reduce.id, approve: true })
    await t.ok(admin, 'dues', 'decideRelief', { reliefId: rejected.id, approve: false, note: '不符合条件' })
    const { unpaid } = await mine()
    expect(unpaid.map((month) => month.month)).not.toContain('2026-03')
    expect(unpaid.map((month) => month.month)).not.toContain('2026-04')
    expect(unpaid.find((month) => month.month === '2026-05')).toMatchObject({ amountFen: 1000, reduced: true })
    expect(unpaid.find((month) => month.month === '2026-06')).toMatchObject({ amountFen: 9000, reduced: false })
    const sheet = await t.ok(secretary, 'dues', 'branchSheet', { branchId: 'b1', month: '2026-03' })
    expect(sheet.rows.find((row) => row.memberId === M)?.month.state).toBe('exempt')
    expect(await t.call(admin, 'dues', 'decideRelief', { reliefId: exempt.id, approve: false })).toMatchObject({
      ok: false,
      code: 'DUES_RELIEF_DECIDED',
    })
  })

  it('a change of rules applies from its month on and never rewrites a month that has begun', async () => {
    await setBase(t, M, '2026-10', 4000)
    const rules = await t.ok(admin, 'dues', 'getDuesRules', {})
    expect(rules.current).toMatchObject({ fromMonth: '2008-04', flatFen: 20, deductInsurance: false })
    const changed = { ...rules.current, employed: [{ upToFen: null, rateBp: 80 }], deductInsurance: true }
    expect(await t.call(admin, 'dues', 'setDuesRules', { ...changed, fromMonth: '2026-11' })).toMatchObject({
      ok: false,
      code: 'DUES_RULES_PAST',
    })
    await t.ok(admin, 'dues', 'setDuesRules', { ...changed, fromMonth: '2026-12' })
    expect((await mine()).current).toMatchObject({ amountFen: 4000, rateBp: 100 })
    setClock(shanghai('2026-12-03 09:00'))
    const { unpaid } = await mine()
    expect(unpaid.map((month) => [month.month, month.amountFen, month.rateBp])).toEqual([
      ['2026-10', 4000, 100],
      ['2026-11', 4000, 100],
      ['2026-12', 3200, 80],
    ])
    expect((await t.ok(member, 'dues', 'getDuesRules', {})).versions.map((version) => version.fromMonth)).toEqual([
      '2008-04',
      '2026-12',
    ])
    setClock(DUES_NOW)
  })

  it('refuses bad bases with a stable code and writes nothing', async () => {
    const before = duesState(t)
    const bad = [
      { category: 'employed', fromMonth: '2026-11', payFen: 0 },
      { category: 'employed', fromMonth: '2026-11', payFen: -500 },
      { category: 'employed', fromMonth: '2026-11', payFen: 100_000_001 },
      { category: 'employed', fromMonth: '2026-11', payFen: 12.5 },
      { category: 'employed', fromMonth: '2026-13', payFen: 100 },
      { category: 'boss', fromMonth: '2026-11', payFen: 100 },
    ] as const
    for (const payload of bad)
      expect(await t.call(member, 'dues', 'declareBase', payload as never)).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
      })
    expect(await t.call(member, 'dues', 'declareBase', { category: 'employed', fromMonth: '2026-11' })).toMatchObject({
      ok: false,
      code: 'DUES_BASE_INVALID',
    })
    expect(duesState(t)).toEqual(before)
  })
})
