import { ATTENDANCE_TYPES } from '../../cloudfunctions/common/contract/points'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberTotalsDoc } from '../../cloudfunctions/common/db/models/points'
import { grantPointsNow, type Grant } from '../../cloudfunctions/common/points/grantPoints'
import { demoIdentities, demoOpenid, type TestCloud } from '../helpers/testCloud'
import { ledger, shanghai, useFakeClock, startPointsCloud } from './helpers'

let t: TestCloud
beforeEach(async () => {
  t = await startPointsCloud()
  useFakeClock()
})
afterEach(() => jest.useRealTimers())

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296
}

// Members of 第一支部 (m001 is its secretary) and 第二支部 (m021).
const MEMBERS = [
  { id: 'm006', branch: 'b1' },
  { id: 'm007', branch: 'b1' },
  { id: 'm008', branch: 'b1' },
  { id: 'm026', branch: 'b2' },
  { id: 'm027', branch: 'b2' },
]
const SECRETARY: Record<string, string> = { b1: demoOpenid('m001'), b2: demoOpenid('m021') }

describe('totals stay equal to the ledger', () => {
  it('after 1,000 random operations across day, month and year ends', async () => {
    const next = random(20261121)
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
    let at = shanghai('2026-12-29T08:00:00').getTime()
    for (let op = 0; op < 1000; op++) {
      at += Math.floor(next() * 15 * 60_000) // up to 15 minutes: crosses several midnights and the new year
      const now = new Date(at)
      jest.setSystemTime(now)
      const member = pick(MEMBERS)
      const base = { memberId: member.id, branchId: member.branch, reason: '随机操作', createdBy: 'system' }
      const roll = next()
      // Small key pools, so duplicates happen often.
      if (roll < 0.35)
        await grantPointsNow(
          t.db,
          { ...base, category: 'study', key: `study:s${Math.floor(next() * 40)}:${member.id}` },
          now,
        )
      else if (roll < 0.5)
        await grantPointsNow(
          t.db,
          {
            ...base,
            category: 'attendance',
            subtype: pick(ATTENDANCE_TYPES),
            key: `attend:e${Math.floor(next() * 60)}:${member.id}`,
          },
          now,
        )
      else if (roll < 0.65)
        await grantPointsNow(
          t.db,
          { ...base, category: 'notice_ack', key: `ack:n${Math.floor(next() * 40)}:${member.id}` },
          now,
        )
      else if (roll < 0.8) {
        const grant: Grant = { ...base, category: 'reflection', key: `claim:r${Math.floor(next() * 30)}:${member.id}` }
        await grantPointsNow(t.db, grant, now)
      } else if (roll < 0.92) {
        const points = Math.floor(next() * 20) - 10 || 1
        await t.ok(SECRETARY[member.branch], 'points', 'awardManually', {
          memberId: member.id,
          points,
          reason: '随机奖惩',
          requestId: `op${Math.floor(next() * 200)}`,
        })
      } else {
        const entries = (await ledger(t, { memberId: member.id })).filter(
          (entry) => entry.status !== 'reversal' && entry.points !== 0,
        )
        if (entries.length)
          await t.call(SECRETARY[member.branch], 'points', 'reverseEntry', {
            entryId: pick(entries)._id,
            reason: '随机冲正',
          })
      }
    }
    const report = await t.ok(demoIdentities.admin, 'points', 'reconcileTotals', {})
    expect(report.ledgerEntries).toBeGreaterThan(300)
    expect(report).toMatchObject({ drifted: 0, samples: [], repaired: false })
    // And the caps held: no member above 6 study points on any day.
    const { data: days } = await t.db
      .collection<MemberTotalsDoc>(collections.pointsTotals.name)
      .where({ kind: 'day' })
      .limit(1000)
      .get()
    expect(Math.max(...days.map((day) => day.byCategory.study ?? 0))).toBeLessThanOrEqual(6)
  })

  it('reports drift and repairs it', async () => {
    const now = shanghai('2026-03-03T10:00:00')
    jest.setSystemTime(now)
    await grantPointsNow(
      t.db,
      { memberId: 'm006', branchId: 'b1', category: 'study', key: 'study:a:m006', reason: '学习', createdBy: 'system' },
      now,
    )
    await t.db
      .collection(collections.pointsTotals.name)
      .doc('m006:2026-03')
      .update({ data: { points: 99 } })
    const report = await t.ok(demoIdentities.admin, 'points', 'reconcileTotals', { repair: true })
    expect(report).toMatchObject({
      drifted: 1,
      samples: [{ id: 'm006:2026-03', stored: 99, expected: 1 }],
      repaired: true,
    })
    expect(await t.ok(demoIdentities.admin, 'points', 'reconcileTotals', {})).toMatchObject({ drifted: 0 })
  })
})
