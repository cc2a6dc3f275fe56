/**
 * Issue 9 §1: every action of every cloud function, called as each of the
 * seven identities, gets exactly the outcome accessMatrix.ts expects, and a
 * refused call writes nothing. An action the matrix does not list fails here.
 */
import { contract, type FunctionName } from '../../cloudfunctions/common/contract'
import { demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'
import { IDENTITIES, accessMatrix, cellsOf, type Identity, type Row } from './accessMatrix'
import { loadFixture, type Fixture } from './fixture'
import { CHINESE, outcomeOf } from './outcomes'

const functionNames = Object.keys(contract) as FunctionName[]
const actionsOf = (fn: FunctionName) => Object.keys(contract[fn]).sort()

/** Each action gets its own never-bound WeChat user, so one allowed `bind` cannot change who "unbound" is. */
const openidOf = (identity: Identity, fn: string, action: string): string =>
  identity === 'unbound' ? `new-unbound-${fn}-${action}` : demoIdentities[identity]

/** Refusals first: an allowed call may change the record the refused ones aim at (cancel, approve...). */
const refusalsFirst = (cells: Record<Identity, string>): Identity[] =>
  [...IDENTITIES].sort((a, b) => Number(cells[a] === 'A') - Number(cells[b] === 'A'))

describe('the authorisation matrix covers the contract', () => {
  it('lists every action of every function, and nothing else', () => {
    const listed = Object.entries(accessMatrix).flatMap(([fn, rows]) => Object.keys(rows).map((a) => `${fn}.${a}`))
    const declared = functionNames.flatMap((fn) => actionsOf(fn).map((action) => `${fn}.${action}`))
    expect(listed.sort()).toEqual(declared.sort())
    for (const row of listed.map((key) => key.split('.')))
      expect(() =>
        cellsOf((accessMatrix as Record<string, Record<string, Row<unknown>>>)[row[0]][row[1]]),
      ).not.toThrow()
  })
})

describe.each(functionNames)('%s: every action as every identity', (fn) => {
  let t: TestCloud
  let fixture: Fixture

  beforeAll(async () => {
    t = await startTestCloud()
    fixture = await loadFixture(t, new Date())
  })
  afterAll(() => t.cloud.close())

  it.each(actionsOf(fn))('%s', async (action) => {
    const row = (accessMatrix[fn] as Record<string, Row<unknown>>)[action]
    const cells = cellsOf(row)
    const payload = row.payload(fixture)
    const mismatches: string[] = []
    for (const identity of refusalsFirst(cells)) {
      const before = cells[identity] === 'A' ? null : t.cloud.database.dump()
      const envelope = await t.raw(openidOf(identity, fn, action), fn, { action, payload })
      const outcome = outcomeOf(envelope)
      if (outcome !== cells[identity]) mismatches.push(`${identity}: expected ${cells[identity]}, got ${outcome}`)
      if (!envelope.ok && !CHINESE.test(envelope.message)) mismatches.push(`${identity}: message not Chinese`)
      if (before && JSON.stringify(t.cloud.database.dump()) !== JSON.stringify(before))
        mismatches.push(`${identity}: a refused call changed the database`)
    }
    expect(mismatches).toEqual([])
  })
})
