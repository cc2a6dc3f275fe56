import { grantPointsNow } from '../../cloudfunctions/common/points/grantPoints'
import { demoIdentities, type TestCloud } from '../helpers/testCloud'
import { ledger, pointsOf, shanghai, studyGrant, useFakeClock, startPointsCloud } from './helpers'
import { updateRulesForTest } from './rulesFixture'

let t: TestCloud
beforeEach(async () => {
  t = await startPointsCloud()
})
afterEach(() => jest.useRealTimers())

describe('grants under concurrency', () => {
  it('records 20 parallel identical grants once', async () => {
    const at = shanghai('2026-04-02T09:00:00')
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => grantPointsNow(t.db, studyGrant(1), at)))
    expect(outcomes.filter((outcome) => outcome.status === 'granted')).toHaveLength(1)
    expect(outcomes.filter((outcome) => outcome.status === 'duplicate')).toHaveLength(19)
    expect(await ledger(t)).toHaveLength(1)
    expect(await pointsOf(t, 'm006', '2026-04')).toBe(1)
  })

  it('never passes the cap with 50 parallel grants near it', async () => {
    const at = shanghai('2026-04-02T09:00:00')
    for (let n = 0; n < 4; n++) await grantPointsNow(t.db, studyGrant(`pre${n}`), at)
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, n) => grantPointsNow(t.db, studyGrant(n), at)))
    expect(outcomes.filter((outcome) => outcome.points > 0)).toHaveLength(2)
    expect(await pointsOf(t, 'm006', '2026-04-02')).toBe(6)
    const granted = (await ledger(t)).reduce((sum, entry) => sum + entry.points, 0)
    expect(granted).toBe(6)
  })
})

describe('reversal', () => {
  it('appends an opposite entry in the original period, once, and never edits the original', async () => {
    useFakeClock(shanghai('2026-04-30T10:00:00'))
    const award = await t.ok(demoIdentities.secretary, 'points', 'awardManually', {
      memberId: 'm006',
      points: 8,
      reason: '支部宣传工作突出',
      requestId: 'req1',
    })
    expect(award).toEqual({ status: 'granted', points: 8, message: null })
    const [original] = await ledger(t)
    jest.setSystemTime(shanghai('2026-05-03T10:00:00'))
    const reversal = await t.ok(demoIdentities.secretary, 'points', 'reverseEntry', {
      entryId: original._id,
      reason: '录入错误',
    })
    expect(reversal).toMatchObject({
      points: -8,
      status: 'reversal',
      reversalOf: original._id,
      reason: '冲正：录入错误',
    })
    expect(await pointsOf(t, 'm006', '2026-04')).toBe(0)
    expect(await pointsOf(t, 'm006', '2026-05')).toBe(0)
    const again = await t.call(demoIdentities.admin, 'points', 'reverseEntry', {
      entryId: original._id,
      reason: '再次冲正',
    })
    expect(again).toMatchObject({ ok: false, code: 'POINTS_ALREADY_REVERSED' })
    const entries = await ledger(t)
    expect(entries).toHaveLength(2)
    expect(entries.find((entry) => entry._id === original._id)).toEqual(original)
    const page = await t.ok(demoIdentities.member, 'points', 'listEntries', {})
    expect(page.entries.find((entry) => entry.id === original._id)?.reversedBy).toBe(reversal.id)
  })

  it('refuses to reverse a reversal', async () => {
    await t.ok(demoIdentities.secretary, 'points', 'awardManually', {
      memberId: 'm006',
      points: 3,
      reason: '表扬',
      requestId: 'r',
    })
    const [original] = await ledger(t)
    const reversal = await t.ok(demoIdentities.secretary, 'points', 'reverseEntry', {
      entryId: original._id,
      reason: '录错了',
    })
    const back = await t.call(demoIdentities.secretary, 'points', 'reverseEntry', {
      entryId: reversal.id,
      reason: '撤回冲正',
    })
    expect(back).toMatchObject({ ok: false, code: 'POINTS_NOT_REVERSIBLE' })
  })
})

describe('rule versions', () => {
  it('records the version each entry was granted under', async () => {
    const at = shanghai('2026-04-02T09:00:00')
    await grantPointsNow(t.db, studyGrant(1), at)
    const updated = await updateRulesForTest(t, { study: { points: 2 } })
    expect(updated.version).toBe(2)
    await grantPointsNow(t.db, studyGrant(2), at)
    const entries = await ledger(t)
    expect(entries.map((entry) => [entry._id, entry.ruleVersion, entry.points]).sort()).toEqual([
      ['study:mat1:m006', 1, 1],
      ['study:mat2:m006', 2, 2],
    ])
  })

  it('refuses an edit based on an outdated version', async () => {
    await updateRulesForTest(t, { study: { points: 2 } })
    const rules = await t.ok(demoIdentities.admin, 'points', 'getRules', {})
    const stale = await t.call(demoIdentities.admin, 'points', 'updateRules', {
      expectedVersion: 1,
      categories: rules.categories,
    })
    expect(stale).toMatchObject({ ok: false, code: 'RULES_OUTDATED' })
  })
})
