import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import {
  applicant,
  recordAll,
  refused,
  secretary,
  stepsToProbation,
  useDevelopmentCloud,
  votingMembersOfB1,
} from './helpers'
import { demoIdentities } from '../helpers/testCloud'

const t = useDevelopmentCloud()

/** The text of a .docx: its paragraphs' runs joined, as Word shows them. */
const docxText = async (zip: JSZip, name: string): Promise<string> => {
  const docx = await JSZip.loadAsync((await zip.file(name)?.async('nodebuffer')) ?? Buffer.alloc(0))
  const xml = (await docx.file('word/document.xml')?.async('string')) ?? ''
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')
}

const name = async (memberId: string) =>
  ((await t.db.collection('members').doc(memberId).get()).data as { name: string }).name

describe('党员发展 paperwork (一人一档)', () => {
  it('exports a 预备党员’s file as one archive of papers written from the recorded steps', async () => {
    const voting = await votingMembersOfB1(t)
    const { person } = await t.ok(secretary, 'development', 'addApplicant', applicant)
    await recordAll(t, stepsToProbation(person.id, voting))

    const exported = await t.ok(secretary, 'development', 'exportDevelopmentPapers', { personId: person.id })
    expect(exported.fileName).toBe('李明远-入党档案.zip')
    expect(exported.papers).toEqual([
      '入党积极分子考察登记.docx',
      '发展对象公示.docx',
      '支部大会决议（接收预备党员）.docx',
      '发展档案记录.xlsx',
    ])
    const zip = await JSZip.loadAsync(t.cloud.files.read(exported.fileID))
    expect(Object.keys(zip.files).sort()).toEqual([...exported.papers].sort())

    const record = await docxText(zip, '入党积极分子考察登记.docx')
    expect(record).toContain('入党积极分子考察登记表')
    expect(record).toContain('2023-03-01')
    expect(record).toContain(`${await name('m002')}、${await name('m003')}`)
    expect(record).toContain('半年考察　2024-02-28　进步明显')
    expect(record).toContain('集中培训　2024-03-15　公司党委发展对象培训班（3 天，24 学时）')

    const publicity = await docxText(zip, '发展对象公示.docx')
    expect(publicity).toContain('拟将李明远同志发展为中共预备党员')
    expect(publicity).toContain('公示时间：2024-03-25 至 2024-03-29')
    expect(publicity).toContain(`${await name('m002')}、${await name('m006')}`)

    const resolution = await docxText(zip, '支部大会决议（接收预备党员）.docx')
    expect(resolution).toContain(`支部有表决权的正式党员 ${voting} 名，实到会 ${voting} 名`)
    expect(resolution).toContain(`赞成 ${voting} 票，反对 0 票，弃权 0 票`)
    expect(resolution).toContain('接收李明远同志为中共预备党员')

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await zip.file('发展档案记录.xlsx')?.async('nodebuffer')) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('发展档案')
    const rows: string[][] = []
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)))
    expect(rows).toContainEqual([
      '2024-04-10',
      '支部大会讨论接收预备党员',
      await name('m001'),
      `实到 ${voting} 人，赞成 ${voting}，反对 0，弃权 0`,
    ])
    expect(rows.filter((row) => /^\d{4}-\d{2}-\d{2}$/.test(row[0] ?? ''))).toHaveLength(12)
  })

  it('is for the branch secretary only: hidden from another branch, refused to the committee', async () => {
    const { person } = await t.ok(secretary, 'development', 'addApplicant', applicant)
    await refused(t, demoIdentities.otherSecretary, 'exportDevelopmentPapers', { personId: person.id }, 'NOT_FOUND')
    await refused(t, demoIdentities.committee, 'exportDevelopmentPapers', { personId: person.id }, 'FORBIDDEN')
  })
})
