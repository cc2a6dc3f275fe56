/**
 * The simulated network: every SDK request is one round trip, delayed by
 * LOCAL_DB_LATENCY_MS (+ jitter) when set, and recordRoundTrips counts the
 * requests of a piece of work and the round trips on its critical path.
 * Counts are asserted, never times.
 */
import { latencyFromEnv } from '../../local/db/network'
import { recordRoundTrips } from '../../local/db'
import { sdk, seeded, type Tx } from './fixtures'

describe('simulated network latency', () => {
  test('LOCAL_DB_LATENCY_MS and LOCAL_DB_LATENCY_JITTER_MS set it; unset or invalid means off', () => {
    expect(latencyFromEnv({ LOCAL_DB_LATENCY_MS: '10', LOCAL_DB_LATENCY_JITTER_MS: '4' })).toEqual({
      ms: 10,
      jitterMs: 4,
    })
    expect(latencyFromEnv({})).toEqual({ ms: 0, jitterMs: 0 })
    expect(latencyFromEnv({ LOCAL_DB_LATENCY_MS: 'fast', LOCAL_DB_LATENCY_JITTER_MS: '-3' })).toEqual({
      ms: 0,
      jitterMs: 0,
    })
  })

  test('with latency on, requests issued together overlap and a transaction still commits', async () => {
    const { db, local } = await seeded()
    local.setLatency({ ms: 2, jitterMs: 1 })
    const trips = await recordRoundTrips(async () => {
      const [one, two] = await Promise.all([
        sdk<{ data: unknown[] }>(db.collection('items').where({ cat: 'a' }).get()),
        sdk<{ total: number }>(db.collection('items').count()),
      ])
      await db.runTransaction((t: Tx) =>
        sdk(
          t
            .collection('items')
            .doc('i1')
            .update({ data: { rank: 9 } }),
        ),
      )
      return [one.data.length, two.total]
    })
    expect(trips.result).toEqual([2, 5])
    expect(trips.sequentialRoundTrips).toBe(4)
    expect(local.dump().items[0]).toMatchObject({ rank: 9 })
  })
})

describe('recordRoundTrips', () => {
  test('counts requests per action and the sequential round trips of the critical path', async () => {
    const { db, local } = await seeded()
    local.setLatency({ ms: 1, jitterMs: 0 })
    const items = db.collection('items')
    const trips = await recordRoundTrips(async () => {
      await sdk(items.doc('i1').get())
      await Promise.all([
        sdk(items.doc('i2').get()),
        sdk(items.where({ cat: 'b' }).count()),
        (async () => {
          await sdk(items.doc('i3').get())
          await sdk(items.doc('i3').update({ data: { rank: 30 } }))
        })(),
      ])
      await sdk(items.doc('i4').remove())
    })
    expect(trips.requests).toBe(6)
    expect(trips.byAction).toEqual({
      'database.getDocument': 3,
      'database.calculateDocument': 1,
      'database.modifyDocument': 1,
      'database.removeDocument': 1,
    })
    // get i1 → (get i2 | count | get i3 → update i3) → remove i4: the longest chain is 4 deep.
    expect(trips.sequentialRoundTrips).toBe(4)
  })

  test('a runTransaction is start + one trip per awaited operation + commit', async () => {
    const { db } = await seeded()
    const trips = await recordRoundTrips(() =>
      db.runTransaction(async (t: Tx) => {
        await sdk(t.collection('items').doc('i1').get())
        await sdk(
          t
            .collection('items')
            .doc('i1')
            .update({ data: { rank: 2 } }),
        )
      }),
    )
    expect(trips.byAction).toEqual({
      'database.startTransaction': 1,
      'database.getDocument': 1,
      'database.modifyDocument': 1,
      'database.commitTransaction': 1,
    })
    expect(trips.sequentialRoundTrips).toBe(4)
  })

  test('scopes are separate, and a nested scope counts in its parent too', async () => {
    const { db } = await seeded()
    const get = (id: string) => sdk(db.collection('items').doc(id).get())
    const [a, b] = await Promise.all([
      recordRoundTrips(async () => {
        await get('i1')
        await get('i2')
      }),
      recordRoundTrips(async () => {
        await get('i3')
        const inner = await recordRoundTrips(() => get('i4'))
        expect(inner).toMatchObject({ requests: 1, sequentialRoundTrips: 1 })
      }),
    ])
    expect(a).toMatchObject({ requests: 2, sequentialRoundTrips: 2 })
    expect(b).toMatchObject({ requests: 2, sequentialRoundTrips: 2 })
  })
})
