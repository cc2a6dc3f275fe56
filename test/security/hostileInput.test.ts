/**
 * Issue 9 §2: every action with every kind of malformed payload, and every
 * function with garbage instead of an event. Each is answered with a stable
 * error code and a Chinese message, and the database is unchanged (full dump).
 */
import { contract, errorMessages, type Envelope, type FunctionName } from '../../cloudfunctions/common/contract'
import { demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'
import { accessMatrix, cellsOf, type Identity, type Row } from './accessMatrix'
import { loadFixture, type Fixture } from './fixture'
import { SKIP, hostileEvents, hostileKinds } from './hostilePayloads'
import { CHINESE } from './outcomes'

const functionNames = Object.keys(contract) as FunctionName[]
const actionsOf = (fn: FunctionName) => Object.keys(contract[fn]).sort()
const rowOf = (fn: FunctionName, action: string) => (accessMatrix[fn] as Record<string, Row<unknown>>)[action]

/** The most powerful identity the action lets through, so validation (not access) is what refuses. */
const callerFor = (fn: FunctionName, action: string): string => {
  const cells = cellsOf(rowOf(fn, action))
  const identity = (['admin', 'secretary', 'member', 'unbound'] as Identity[]).find((who) => cells[who] === 'A')
  return identity === 'unbound' || !identity ? `new-hostile-${action}` : demoIdentities[identity]
}

/** What is wrong with an answer to hostile input, if anything. */
const flaw = (envelope: Envelope<unknown>): string | null => {
  if (envelope.ok) return 'accepted'
  if (!Object.hasOwn(errorMessages, envelope.code)) return `unknown code ${envelope.code}`
  if (envelope.code === 'INTERNAL') return 'crashed (INTERNAL)'
  if (!CHINESE.test(envelope.message)) return `message not Chinese: ${envelope.message}`
  return null
}

const snapshot = (t: TestCloud) => JSON.stringify(t.cloud.database.dump())

let checked = 0

describe.each(functionNames)('%s refuses hostile input', (fn) => {
  let t: TestCloud
  let fixture: Fixture

  beforeAll(async () => {
    t = await startTestCloud()
    fixture = await loadFixture(t, new Date())
  })
  afterAll(() => t.cloud.close())

  it.each(actionsOf(fn))('%s: every malformed payload kind', async (action) => {
    const sample = rowOf(fn, action).payload(fixture) as Record<string, unknown>
    const requiresFields = !(
      contract[fn] as Record<string, { input: { safeParse(v: unknown): { success: boolean } } }>
    )[action].input.safeParse({}).success
    const openid = callerFor(fn, action)
    const before = snapshot(t)
    const problems: string[] = []
    let kinds = 0
    for (const kind of hostileKinds) {
      const payload = kind.make(sample, requiresFields)
      if (payload === SKIP) continue
      kinds++
      const problem = flaw(await t.raw(openid, fn, { action, payload }))
      if (problem) problems.push(`${kind.name}: ${problem}`)
    }
    if (snapshot(t) !== before) problems.push('the database changed')
    checked += kinds
    expect(problems).toEqual([])
    expect(kinds).toBeGreaterThanOrEqual(10)
  })

  it('refuses garbage instead of an event', async () => {
    const before = snapshot(t)
    const problems: string[] = []
    for (const { name, event } of hostileEvents(actionsOf(fn)[0])) {
      for (const openid of [demoIdentities.admin, 'new-hostile-event']) {
        const problem = flaw(await t.raw(openid, fn, event))
        if (problem) problems.push(`${name} as ${openid}: ${problem}`)
      }
    }
    expect(problems).toEqual([])
    expect(snapshot(t)).toBe(before)
  })
})

afterAll(() => console.info(`hostile input: ${checked} payload kinds × actions checked`))
