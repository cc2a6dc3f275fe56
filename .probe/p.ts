import { freshCloud } from '../test/helpers/localCloud'
import { specs } from '../test/db/fixtures'
async function main() {
  const { db } = freshCloud(specs)
  const _ = db.command, $ = _.aggregate
  const c = db.collection('orders')
  const t = async (name: string, f: () => Promise<unknown>) => { try { console.log(name, JSON.stringify(await f())) } catch (e) { console.log(name, 'ERR', (e as any).errCode, (e as any).errMsg) } }
  await t('add$', () => c.add({ data: { $_key: 1 } }) as any)
  await t('adddot', () => c.add({ data: { 'key.': 1 } }) as any)
  await t('addArrId', () => c.add({ data: { _id: [1] } }) as any)
  await t('ts', () => c.add({ data: { _id: 'ts', t: { $timestamp: 1529327280 } } }) as any)
  await c.add({ data: { _id: 'a', array: [1, 2], numbers: [10, 20, 30], s: 'hello', d: new Date('2019-05-14T00:00:00Z') } })
  await t('setobj', () => c.doc('a').update({ data: { array: { foo: 'bar' } } }) as any)
  await t('pos', () => c.where({ numbers: 20 }).update({ data: { 'numbers.$': 25 } }) as any)
  await t('idx', () => c.aggregate().project({ i: $.indexOfCP(['$s', 'l']), w: $.week('$d'), sb: $.substrBytes(['$s', 1, -1]) }).end() as any)
  await t('js', () => c.where(_.jsonSchema({ required: ['s'] })).get() as any)
  await t('upd', () => (c as any).update({ data: { z: 1 } }))
  await t('rm', () => (c as any).remove())
}
main()
