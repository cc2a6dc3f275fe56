import ExcelJS from 'exceljs'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { DuesBaseDoc } from '../../cloudfunctions/common/db/models/dues'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { demoIdentities, duesState, setBase, useDuesCloud } from './helpers'

const t = useDuesCloud()
const { admin, secretary, member, otherSecretary } = demoIdentities

const HEADER = ['姓名', '手机号', '党费类别', '起始月份', '月收入（元）', '五险一金（元）']

const workbookOf = async (rows: (string | number)[][]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('基数')
  sheet.addRow(HEADER)
  rows.forEach((row) => sheet.addRow(row))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const memberOf = async (id: string) => (await t.db.collection<MemberDoc>(collections.members.name).doc(id).get()).data

const importRows = async (rows: (string | number)[][]) => {
  const fileID = await t.upload(admin, await workbookOf(rows), 'bases.xlsx')
  return t.call(admin, 'dues', 'importBases', { fileID })
}

describe('base import (admin, XLSX)', () => {
  it('imports confirmed bases from a clean file', async () => {
    const [a, b] = await Promise.all([memberOf('m006'), memberOf('m030')])
    const result = await importRows([
      [a.name, a.phone, '在职党员', '2026-11', '8,000.50', 1000],
      [b.name, b.phone, '离退休', '2026-11', 4500, ''],
    ])
    expect(result).toMatchObject({ ok: true, data: { imported: 2, errors: [] } })
    const bases = (await t.db.collection<DuesBaseDoc>(collections.duesBases.name).where({}).get()).data
    expect(bases.map((base) => [base._id, base.category, base.payFen, base.insuranceFen, base.status])).toEqual([
      ['m006:2026-11', 'employed', 800050, 100000, 'confirmed'],
      ['m030:2026-11', 'retired', 450000, 0, 'confirmed'],
    ])
    expect((await t.ok(member, 'dues', 'myDues', {})).current).toMatchObject({ amountFen: 12001, rateBp: 150 })
  })

  it('reports every bad row and imports nothing', async () => {
    const a = await memberOf('m006')
    await setBase(t, 'm007', '2026-10', 3000)
    const m007 = await memberOf('m007')
    await t.ok(secretary, 'dues', 'recordPayment', {
      memberId: 'm007',
      months: ['2026-11'],
      method: 'cash',
      paidOn: '2026-11-20',
    })
    const before = duesState(t)
    const result = await importRows([
      [a.name, a.phone, '在职党员', '2026-11', 8000, 0],
      ['查无此人', '13800000000', '在职党员', '2026-11', 8000, 0],
      [a.name, a.phone, '老板', '2026-12', 8000, 0],
      [a.name, a.phone, '在职党员', '2026-13', 8000, 0],
      [a.name, a.phone, '在职党员', '2027-01', 0, 0],
      [a.name, a.phone, '在职党员', '2027-02', 1_000_000.01, 0],
      [a.name, a.phone, '在职党员', '2026-11', 9000, 0],
      [m007.name, m007.phone, '在职党员', '2026-11', 5000, 0],
    ])
    expect(result).toMatchObject({ ok: true, data: { imported: 0 } })
    const errors = result.ok ? result.data.errors : []
    expect(errors.map((error) => error.row)).toEqual([3, 4, 5, 6, 7, 8, 9])
    expect(errors[0].message).toMatch(/未找到/)
    expect(errors[6].message).toMatch(/已有缴费记录/)
    expect(duesState(t)).toEqual(before)
  })

  it('refuses a file that is not the template', async () => {
    const fileID = await t.upload(admin, Buffer.from('姓名,手机号\n'), 'bases.csv')
    expect(await t.call(admin, 'dues', 'importBases', { fileID })).toMatchObject({
      ok: false,
      code: 'DUES_IMPORT_INVALID',
    })
  })
})

describe('党费收缴台账 export', () => {
  it('writes a month of the branch: name, category, base, rate, amount, paid on, how, recorded by', async () => {
    await setBase(t, 'm006', '2026-11', 6000)
    await t.ok(secretary, 'dues', 'recordPayment', {
      memberId: 'm006',
      months: ['2026-11'],
      method: 'transfer',
      paidOn: '2026-11-19',
      onBehalf: true,
      note: '家属代缴',
    })
    const exported = await t.ok(secretary, 'dues', 'exportDuesLedger', { branchId: 'b1', period: '2026-11' })
    expect(exported.fileName).toBe('第一支部-2026-11-党费收缴台账.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(t.cloud.files.read(exported.fileID) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('党费收缴台账')
    const rows: string[][] = []
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))))
    const m006 = await memberOf('m006')
    expect(rows).toContainEqual(['实缴', '1 人次，90.00 元'])
    expect(rows).toContainEqual([
      '2026-11',
      m006.name,
      '在职党员',
      '6000.00',
      '1.5%',
      '90.00',
      '已缴',
      '2026-11-19',
      '转账（代缴）',
      expect.any(String),
      '家属代缴',
    ])
    expect(rows.filter((row) => row[0] === '2026-11')).toHaveLength(20)
    expect(await t.call(otherSecretary, 'dues', 'exportDuesLedger', { branchId: 'b1', period: '2026' })).toMatchObject({
      code: 'FORBIDDEN',
    })
    const year = await t.ok(secretary, 'dues', 'exportDuesLedger', { branchId: 'b1', period: '2026' })
    expect(year.fileName).toBe('第一支部-2026-党费收缴台账.xlsx')
  })
})
