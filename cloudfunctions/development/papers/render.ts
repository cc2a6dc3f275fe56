import type { Paper } from './papers'

const FONT = '仿宋'

/**
 * A paper as a .docx: centred title, a two-column table of facts, then the
 * paragraphs. `docx` is loaded on the first export only (never at cold start).
 */
export const paperDocx = async (paper: Paper): Promise<Buffer> => {
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } =
    await import('docx')
  const text = (value: string, bold = false) => new TextRun({ text: value, bold, font: FONT, size: 28 })
  const cell = (value: string, bold: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ children: [text(value, bold)] })],
    })
  const facts = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: paper.facts.map(
      ([label, value]) => new TableRow({ children: [cell(label, true, 30), cell(value, false, 70)] }),
    ),
  })
  const document = new Document({
    creator: '智慧支部',
    title: paper.title,
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: paper.title, bold: true, font: '方正小标宋简体', size: 36 })],
          }),
          facts,
          ...paper.paragraphs.map(
            (line) => new Paragraph({ spacing: { before: 160 }, indent: { firstLine: 560 }, children: [text(line)] }),
          ),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

/** Files into one .zip (一人一档), `jszip` loaded on first use. */
export const zipOf = async (files: { name: string; content: Buffer }[]): Promise<Buffer> => {
  const JSZip = (await import('jszip')).default
  const zip = new JSZip()
  for (const file of files) zip.file(file.name, file.content)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
