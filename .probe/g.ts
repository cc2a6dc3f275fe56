import { freshCloud } from '../test/helpers/localCloud'
import { specs } from '../test/db/fixtures'
async function main() {
  const { db } = freshCloud(specs)
  const _ = db.command
  const c = db.collection('orders')
  const t = async (name: string, f: () => Promise<unknown>) => { try { console.log(name, JSON.stringify(await f())) } catch (e) { console.log(name, 'ERR', (e as any).errCode, (e as any).errMsg) } }
  await t('add', () => c.add({ data: { _id: 'g', point: db.Geo.Point(22, 33) } }) as any)
  await t('get', async () => { const r: any = await c.doc('g').get(); return [r.data.point.constructor.name, r.data] })
  await t('eq', () => c.where({ point: db.Geo.Point(22, 33) }).get() as any)
  await t('near', () => c.where({ point: _.geoNear({ geometry: db.Geo.Point(22, 33), maxDistance: 10 }) }).get() as any)
  await t('within', () => c.where({ point: _.geoWithin({ centerSphere: [[22, 33], 0.1] }) }).get() as any)
  await t('inter', () => c.where({ point: _.geoIntersects({ geometry: db.Geo.Point(22, 33) }) }).get() as any)
  await t('text', () => c.where((_ as any).text('life')).get() as any)
  await t('projElem', () => c.field({ point: (_ as any).project.elemMatch({ value: 1 }) }).get() as any)
  await t('slice', () => c.field({ point: (_ as any).project.slice(1) }).get() as any)
}
main()
