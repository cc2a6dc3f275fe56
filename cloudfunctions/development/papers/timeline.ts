import type { StepFields } from '../../common/contract/development'
import { FULL_VOTE_OUTCOMES, STEP_LABELS } from '../../common/contract/developmentLabels'
import type { DevelopmentStepDoc } from '../../common/db/models/development'
import { newWorkbook, toBuffer, writeFacts, writeTable } from '../../common/xlsx'
import type { PaperContext } from './papers'

const OUTCOME_LABELS: Record<(typeof FULL_VOTE_OUTCOMES)[number], string> = { full: '同意转正', extend: '延长预备期' }

const votes = (fields: { present: number; inFavour: number; against: number; abstaining: number }) =>
  `实到 ${fields.present} 人，赞成 ${fields.inFavour}，反对 ${fields.against}，弃权 ${fields.abstaining}`

type Summaries = {
  [K in StepFields['kind']]: (fields: Extract<StepFields, { kind: K }>, name: (id: string) => string) => string
}

const SUMMARIES: Summaries = {
  talk: (fields, name) => `谈话人：${name(fields.talkerId)}；${fields.notes}`,
  activist: (fields, name) => `培养联系人：${fields.contactIds.map(name).join('、')}`,
  thoughtReport: (fields) => fields.summary ?? '',
  halfYearReview: (fields) => fields.notes,
  candidate: () => '',
  politicalCheck: (fields) => fields.conclusion,
  training: (fields) => `${fields.course}（${fields.days} 天，${fields.hours} 学时）`,
  introducers: (fields, name) => `入党介绍人：${fields.introducerIds.map(name).join('、')}`,
  publicity: (fields) => `公示至 ${fields.until}`,
  admissionVote: votes,
  approval: (fields) => `审批党组织：${fields.approvedBy}`,
  oath: () => '',
  probationReview: (fields) => fields.notes,
  fullVote: (fields) =>
    `${OUTCOME_LABELS[fields.outcome]}${fields.extendMonths ? ` ${fields.extendMonths} 个月` : ''}；${votes(fields)}`,
}

/** One line saying what a step recorded, with member ids as names. */
export const stepSummary = (fields: StepFields, name: (id: string) => string): string =>
  (SUMMARIES[fields.kind] as (fields: StepFields, name: (id: string) => string) => string)(fields, name)

/** The whole file as a sheet: the person, then every step with its date, who recorded it and what. */
export const timelineXlsx = async (ctx: PaperContext, steps: readonly DevelopmentStepDoc[]): Promise<Buffer> => {
  const workbook = await newWorkbook()
  const sheet = workbook.addWorksheet('发展档案')
  const { person } = ctx.file
  const name = (id: string) => ctx.names.get(id) ?? '（已删除）'
  const start = writeFacts(
    sheet,
    [
      ['姓名', person.name],
      ['所在党支部', ctx.branchName],
      ['申请入党时间', person.appliedOn],
    ],
    { labelWidth: 14 },
  )
  writeTable(sheet, start, {
    headers: ['日期', '环节', '办理人', '内容'],
    widths: [14, 24, 10, 60],
    rows: steps.map((step) => [step.on, STEP_LABELS[step.kind], name(step.byId), stepSummary(step.fields, name)]),
  })
  return toBuffer(workbook)
}
