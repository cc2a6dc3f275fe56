/** Roster import names branches by unit path; an unknown path is a row error and nothing is imported. */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { cloudPerTest, demoIdentities } from '../helpers/testCloud'
import { growTree, subAdmin } from './helpers'

const t = cloudPerTest()

const csv = (...rows: string[]) => Buffer.from(['姓名,手机号,支部,党小组,角色,入党日期', ...rows].join('\n'))

const importAs = async (openid: string, ...rows: string[]) => {
  const fileID = await t.upload(openid, csv(...rows), 'r.csv')
  return t.ok(openid, 'members', 'importRoster', { fileID, fileName: 'r.csv' })
}

const imported = async (phone: string) =>
  (await t.db.collection<MemberDoc>(collections.members.name).where({ phone }).get()).data[0]

describe('roster import by unit path', () => {
  it('places a row by its path, with or without the root, and gives the member the path', async () => {
    const tree = await growTree(t)
    const result = await importAs(
      demoIdentities.admin,
      '新党员甲,13900000001,二分公司党委/机关党总支/第三支部,第一党小组,党员,2020-07-01',
      '新党员乙,13900000002,公司党委 › 二分公司党委 › 第二支部,,,2019-05-04',
      '新党员丙,13900000003,第一支部,,,2019-05-04',
    )
    expect(result).toEqual({ ok: true, imported: 3, dryRun: false })
    expect(await imported('13900000001')).toMatchObject({
      branchId: 'b3',
      groupId: 'b3-g1',
      unitIds: ['org', tree.sub, tree.general, 'b3'],
    })
    expect((await imported('13900000002')).unitIds).toEqual(['org', tree.sub, 'b2'])
    expect((await imported('13900000003')).unitIds).toEqual(['org', 'b1'])
  })

  it('reports an unknown path and a bare name two branches share, and imports nothing', async () => {
    const tree = await growTree(t)
    await t.ok(demoIdentities.admin, 'members', 'createUnit', { parentId: tree.sub, kind: 'branch', name: '第一支部' })
    const before = JSON.stringify(t.cloud.database.dump().members)
    const result = await importAs(
      demoIdentities.admin,
      '新党员甲,13900000001,二分公司党委/第九支部,,党员,2020-07-01',
      '新党员乙,13900000002,第一支部,,党员,2020-07-01',
      '新党员丙,13900000003,二分公司党委/第一支部,,党员,2020-07-01',
    )
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 2, reason: '支部「二分公司党委/第九支部」不存在' },
        { line: 3, reason: '有多个「第一支部」，请写出完整路径，如「二分公司党委/第三支部」' },
      ],
    })
    expect(JSON.stringify(t.cloud.database.dump().members)).toBe(before)
  })

  it('treats a branch outside a subtree admin’s reach as unknown', async () => {
    await growTree(t)
    const result = await importAs(subAdmin, '新党员甲,13900000001,第一支部,,党员,2020-07-01')
    expect(result).toEqual({ ok: false, errors: [{ line: 2, reason: '支部「第一支部」不存在' }] })
    expect(await importAs(subAdmin, '新党员乙,13900000002,二分公司党委/第二支部,,党员,2020-07-01')).toMatchObject({
      ok: true,
      imported: 1,
    })
  })
})
