import { demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
})

describe('points demo data', () => {
  it('has materials, a review queue and rankings, with totals equal to the ledger', async () => {
    expect((await t.ok(demoIdentities.member, 'points', 'listMaterials', {})).length).toBeGreaterThanOrEqual(4)
    expect(await t.ok(demoIdentities.secretary, 'points', 'reviewQueue', {})).toHaveLength(2)
    const ranking = await t.ok(demoIdentities.leader, 'points', 'rankMembers', { kind: 'year', scope: 'organisation' })
    expect(ranking.entries.length).toBeGreaterThan(10)
    expect(await t.ok(demoIdentities.admin, 'points', 'reconcileTotals', {})).toMatchObject({ drifted: 0 })
  })
})
