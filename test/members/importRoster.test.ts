import ExcelJS from 'exceljs'
import { collections } from '../../cloudfunctions/common/db/collections'
import { cloudPerTest, demoIdentities } from '../helpers/testCloud'

const t = cloudPerTest()

const HEADER = '姓名,手机号,支部,党小组,角色,入党日期'
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'))
const upload = (content: Buffer, name: string) => t.upload(demoIdentities.admin, content, name)
const memberCount = async () => (await t.db.collection(collections.members.name).count()).total

const importAs = (openid: string, fileID: string, fileName: string, dryRun?: boolean) =>
  t.call(openid, 'members', 'importRoster', { fileID, fileName, dryRun })

describe('roster import', () => {
  it('imports a clean CSV, with groups and roles', async () => {
    const fileID = await upload(
      csv(
        '新党员甲,13900000001,第二支部,第一党小组,党员、支委,2020-07-01',
        '新党员乙,13900000002,第三支部,,,2019-05-04',
      ),
      'r.csv',
    )
    const result = await t.ok(demoIdentities.admin, 'members', 'importRoster', { fileID, fileName: 'r.csv' })
    expect(result).toEqual({ ok: true, imported: 2, dryRun: false })
    const { data } = await t.db.collection(collections.members.name).where({ phone: '13900000001' }).get()
    expect(data[0]).toMatchObject({
      name: '新党员甲',
      branchId: 'b2',
      groupId: 'b2-g1',
      roles: ['member', 'committee'],
      openid: null,
    })
    expect(await memberCount()).toBe(82)
  })

  it('checks without writing on a dry run', async () => {
    const fileID = await upload(csv('新党员甲,13900000001,第二支部,,党员,2020-07-01'), 'r.csv')
    expect(await importAs(demoIdentities.admin, fileID, 'r.csv', true)).toEqual({
      ok: true,
      data: { ok: true, imported: 1, dryRun: true },
    })
    expect(await memberCount()).toBe(80)
  })

  it('reads a CSV in UTF-8 with a BOM and in GBK, as Excel saves it on Chinese Windows', async () => {
    const withBom = await upload(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv('新党员乙,13900000001,第三支部,,党员,2019-05-04')]),
      'utf8-bom.csv',
    )
    // The same header and row, saved as 「CSV（逗号分隔）」 by Excel on Chinese Windows (GBK, CRLF).
    const gbk = await upload(
      Buffer.from(
        'd0d5c3fb2ccad6bbfabac52cd6a7b2bf2cb5b3d0a1d7e92cbdc7c9ab2cc8ebb5b3c8d5c6da0d0ad0c2b5b3d4b1bcd72c3133393030' +
          '3030303030322cb5dab6fed6a7b2bf2cb5dad2bbb5b3d0a1d7e92cb5b3d4b12c323032302d30372d30310d0a',
        'hex',
      ),
      'gbk.csv',
    )
    for (const [fileID, name] of [
      [withBom, 'utf8-bom.csv'],
      [gbk, 'gbk.csv'],
    ])
      expect(await t.ok(demoIdentities.admin, 'members', 'importRoster', { fileID, fileName: name })).toEqual({
        ok: true,
        imported: 1,
        dryRun: false,
      })
    const byPhone = async (phone: string) =>
      (await t.db.collection(collections.members.name).where({ phone }).get()).data[0]
    expect(await byPhone('13900000001')).toMatchObject({ name: '新党员乙', branchId: 'b3' })
    expect(await byPhone('13900000002')).toMatchObject({ name: '新党员甲', branchId: 'b2', groupId: 'b2-g1' })
  })

  it('imports an XLSX file', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('名册')
    sheet.addRow(HEADER.split(','))
    sheet.addRow(['新党员丙', '13900000003', '第四支部', '第二党小组', '党员', '2018-03-15'])
    const fileID = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'r.xlsx')
    expect(await t.ok(demoIdentities.admin, 'members', 'importRoster', { fileID, fileName: 'r.xlsx' })).toMatchObject({
      ok: true,
      imported: 1,
    })
  })

  it('reports every bad row with its line and reason, and imports nothing', async () => {
    const fileID = await upload(
      csv(
        '新党员甲,13900000001,第二支部,,党员,2020-07-01',
        '新党员乙,13900000001,第二支部,,党员,2020-07-01',
        '新党员丙,13800130001,第九支部,,书记,2020-13-01',
        ',123,第一支部,第三党小组,党员,2099-01-01',
      ),
      'r.csv',
    )
    const result = await t.ok(demoIdentities.admin, 'members', 'importRoster', { fileID, fileName: 'r.csv' })
    if (result.ok) throw new Error('expected row errors')
    const byLine = (line: number) => result.errors.filter((error) => error.line === line).map((error) => error.reason)
    expect(byLine(2)).toEqual([])
    expect(byLine(3)).toEqual(['手机号 13900000001 与第 2 行重复'])
    expect(byLine(4)).toEqual(
      expect.arrayContaining([
        '手机号 13800130001 已在名册中',
        '支部「第九支部」不存在',
        expect.stringContaining('未知角色「书记」'),
      ]),
    )
    expect(byLine(4)).toEqual(expect.arrayContaining([expect.stringContaining('入党日期')]))
    expect(byLine(5)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('姓名'),
        expect.stringContaining('手机号'),
        '党小组「第三党小组」不属于第一支部',
      ]),
    )
    expect(await memberCount()).toBe(80)
  })

  it('refuses a wrong header', async () => {
    const fileID = await upload(Buffer.from('name,phone\n张三,13900000001'), 'r.csv')
    const result = await importAs(demoIdentities.admin, fileID, 'r.csv')
    expect(result).toMatchObject({ ok: false, code: 'ROSTER_INVALID', message: expect.stringContaining('表头') })
  })

  it('refuses other file types and non-admins', async () => {
    const fileID = await upload(csv('新党员甲,13900000001,第二支部,,党员,2020-07-01'), 'r.csv')
    expect(await importAs(demoIdentities.admin, fileID, 'r.txt')).toMatchObject({ code: 'INVALID_INPUT' })
    expect(await importAs(demoIdentities.secretary, fileID, 'r.csv')).toMatchObject({ code: 'FORBIDDEN' })
    expect(await importAs(demoIdentities.admin, 'local://missing.csv', 'r.csv')).toMatchObject({ code: 'NOT_FOUND' })
    expect(await memberCount()).toBe(80)
  })
})
