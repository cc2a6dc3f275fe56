/** Conformance: writes through wx-server-sdk (add, update commands, set, remove). */
import { freshCloud } from '../helpers/localCloud'
import { sdk, seeded, specs } from './fixtures'

type One = { data: Record<string, unknown> }

async function updated(data: (db: ReturnType<typeof freshCloud>['db']) => object, id = 'i1') {
  const { db } = await seeded()
  const res = await sdk(
    db
      .collection('items')
      .doc(id)
      .update({ data: data(db) }),
  )
  const doc = (await sdk<One>(db.collection('items').doc(id).get())).data
  return { res, doc }
}

describe('add', () => {
  test('add returns {_id, errMsg} with a generated 32-hex _id', async () => {
    const { db } = freshCloud(specs)
    const res = await sdk<{ _id: string; errMsg: string }>(db.collection('orders').add({ data: { n: 1 } }))
    expect(res).toEqual({ _id: expect.stringMatching(/^[0-9a-f]{32}$/), errMsg: 'collection.add:ok' })
  })
  test('add keeps a given _id', async () => {
    const { db } = freshCloud(specs)
    expect(await sdk(db.collection('orders').add({ data: { _id: 'mine', n: 1 } }))).toEqual({
      _id: 'mine',
      errMsg: 'collection.add:ok',
    })
  })
  test('batch add returns {_ids}', async () => {
    const { db } = freshCloud(specs)
    const res = await sdk<{ _ids: string[] }>(db.collection('orders').add({ data: [{ n: 1 }, { _id: 'b', n: 2 }] }))
    expect(res._ids).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/), 'b'])
  })
  test('add with an existing _id fails with E11000', async () => {
    const { db } = await seeded()
    await expect(db.collection('items').add({ data: { _id: 'i1' } })).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringContaining('E11000 duplicate key error'),
    })
  })
  test('db.serverDate() in a write becomes the server time', async () => {
    const { db } = freshCloud(specs)
    const before = Date.now()
    const { _id } = await sdk<{ _id: string }>(
      db
        .collection('orders')
        .add({ data: { at: (db.serverDate as (opt: { offset: number }) => unknown)({ offset: 1000 }) } }),
    )
    const at = (await sdk<One>(db.collection('orders').doc(_id).get())).data.at as Date
    expect(at).toBeInstanceOf(Date)
    expect(at.getTime()).toBeGreaterThanOrEqual(before + 1000)
    expect(at.getTime()).toBeLessThan(Date.now() + 1000 + 50)
  })
})

describe('update commands', () => {
  test('doc.update result shape {stats: {updated}}', async () => {
    const { res } = await updated(() => ({ rank: 10 }))
    expect(res).toEqual({ stats: { updated: 1 }, errMsg: 'document.update:ok' })
  })
  test('plain nested object merges by path', async () => {
    const { doc } = await updated(() => ({ info: { size: 9 } }))
    expect(doc.info).toEqual({ color: 'red', size: 9 })
  })
  test('set replaces a nested object', async () => {
    const { doc } = await updated((db) => ({ info: db.command.set({ size: 9 }) }))
    expect(doc.info).toEqual({ size: 9 })
  })
  test('remove deletes a field', async () => {
    const { doc } = await updated((db) => ({ info: db.command.remove() }))
    expect(doc).not.toHaveProperty('info')
  })
  test('inc', async () => expect((await updated((db) => ({ rank: db.command.inc(5) }))).doc.rank).toBe(6))
  test('mul', async () => expect((await updated((db) => ({ rank: db.command.mul(3) }), 'i2')).doc.rank).toBe(6))
  test('push (several)', async () =>
    expect((await updated((db) => ({ tags: db.command.push(['p', 'q']) }))).doc.tags).toEqual(['x', 'y', 'p', 'q']))
  test('pull with a condition', async () =>
    expect((await updated((db) => ({ tags: db.command.pull(db.command.in(['x', 'z'])) }), 'i5')).doc.tags).toEqual([
      'y',
    ]))
  test('addToSet skips an existing value', async () =>
    expect((await updated((db) => ({ tags: db.command.addToSet('x') }))).doc.tags).toEqual(['x', 'y']))
  test('addToSet adds a new value', async () =>
    expect((await updated((db) => ({ tags: db.command.addToSet('w') }))).doc.tags).toEqual(['x', 'y', 'w']))
  test('max', async () => expect((await updated((db) => ({ rank: db.command.max(7) }))).doc.rank).toBe(7))
  test('min', async () => expect((await updated((db) => ({ rank: db.command.min(0) }))).doc.rank).toBe(0))
  test('pop and shift', async () => {
    const { db } = await seeded()
    await sdk(
      db
        .collection('items')
        .doc('i5')
        .update({ data: { tags: db.command.pop() } }),
    )
    await sdk(
      db
        .collection('items')
        .doc('i5')
        .update({ data: { tags: db.command.shift() } }),
    )
    expect((await sdk<One>(db.collection('items').doc('i5').get())).data.tags).toEqual(['y'])
  })
  test('unshift', async () =>
    expect((await updated((db) => ({ tags: db.command.unshift(['a']) }))).doc.tags).toEqual(['a', 'x', 'y']))
  test('dotted path update', async () =>
    expect((await updated(() => ({ 'info.color': 'green' }))).doc.info).toEqual({ color: 'green', size: 1 }))
  test('serverDate in an update', async () => {
    const { doc } = await updated((db) => ({ seen: db.serverDate() }))
    expect(doc.seen).toBeInstanceOf(Date)
  })
  test('update that changes nothing reports updated 0', async () => {
    const { res } = await updated(() => ({ rank: 1 }))
    expect(res).toMatchObject({ stats: { updated: 0 } })
  })
  test('doc.update on a missing id updates nothing', async () => {
    const { db, local } = await seeded()
    const before = local.dump()
    const res = await sdk(
      db
        .collection('items')
        .doc('nope')
        .update({ data: { rank: 1 } }),
    )
    expect(res).toEqual({ stats: { updated: 0 }, errMsg: 'document.update:ok' })
    expect(local.dump()).toEqual(before)
  })
})

describe('collection update and remove', () => {
  test('where().update updates every match (multi)', async () => {
    const { db } = await seeded()
    const res = await sdk(
      db
        .collection('items')
        .where({ cat: 'a' })
        .update({ data: { flag: true } }),
    )
    expect(res).toEqual({ stats: { updated: 2 }, errMsg: 'collection.update:ok' })
  })
  test('where().remove returns {stats: {removed}}', async () => {
    const { db, local } = await seeded()
    const res = await sdk(db.collection('items').where({ cat: 'b' }).remove())
    expect(res).toEqual({ stats: { removed: 2 }, errMsg: 'collection.remove:ok' })
    expect(local.dump().items.map((d) => (d as { _id: string })._id)).toEqual(['i1', 'i2', 'i5'])
  })
  test('doc.remove returns {stats: {removed: 1}}', async () => {
    const { db } = await seeded()
    expect(await sdk(db.collection('items').doc('i1').remove())).toEqual({
      stats: { removed: 1 },
      errMsg: 'document.remove:ok',
    })
  })
  test('doc.set replaces the whole document', async () => {
    const { db } = await seeded()
    const res = await sdk(
      db
        .collection('items')
        .doc('i1')
        .set({ data: { only: 1 } }),
    )
    expect(res).toEqual({ _id: 'i1', stats: { updated: 1, created: 0 }, errMsg: 'document.set:ok' })
    expect((await sdk<One>(db.collection('items').doc('i1').get())).data).toEqual({ _id: 'i1', only: 1 })
  })
  test('doc.set on a missing id creates it (upsert)', async () => {
    const { db } = await seeded()
    const res = await sdk(
      db
        .collection('items')
        .doc('new')
        .set({ data: { cat: 'z', rank: 0 } }),
    )
    expect(res).toEqual({ _id: 'new', stats: { updated: 0, created: 1 }, errMsg: 'document.set:ok' })
    expect((await sdk<One>(db.collection('items').doc('new').get())).data).toEqual({ _id: 'new', cat: 'z', rank: 0 })
  })
})
