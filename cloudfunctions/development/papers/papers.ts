import type { StepInput } from '../../common/contract/development'
import { DEVELOPMENT_PERIODS, STAGE_LABELS } from '../../common/contract/developmentLabels'
import type { DevelopmentStepDoc } from '../../common/db/models/development'
import { firstStep, stepsOf, type PersonFile } from '../rules/file'

/**
 * The paperwork a branch files for a person, written from the recorded
 * steps: nobody types a date or a name twice. A paper is a title, a table of
 * facts and paragraphs; papers.ts knows nothing of the .docx format.
 */
export interface Paper {
  /** File name inside the archive, without extension. */
  name: string
  title: string
  facts: [string, string][]
  paragraphs: string[]
}

export interface PaperContext {
  file: PersonFile
  branchName: string
  /** Names of the members the steps name. */
  names: Map<string, string>
}

type Fields<K extends StepInput['kind']> = Omit<Extract<StepInput, { kind: K }>, 'personId' | 'requestId'>
const fieldsOf = <K extends StepInput['kind']>(step: DevelopmentStepDoc | null, kind: K): Fields<K> | null =>
  step && step.kind === kind ? (step.fields as Fields<K>) : null

const nameList = (ctx: PaperContext, ids: readonly string[]) => ids.map((id) => ctx.names.get(id) ?? '').join('、')
const or = (value: string | null | undefined) => value || '—'

const personFacts = (ctx: PaperContext): [string, string][] => {
  const { person } = ctx.file
  return [
    ['姓名', person.name],
    ['出生日期', person.birthDate],
    ['所在党支部', ctx.branchName],
    ['申请入党时间', person.appliedOn],
  ]
}

const activistRecord = (ctx: PaperContext): Paper | null => {
  const { file } = ctx
  const activist = fieldsOf(firstStep(file, 'activist'), 'activist')
  if (!activist) return null
  const talk = fieldsOf(firstStep(file, 'talk'), 'talk')
  const dated = (
    kind: 'thoughtReport' | 'halfYearReview' | 'training',
    label: string,
    text: (s: DevelopmentStepDoc) => string,
  ) => stepsOf(file, kind).map((step) => `${label}　${step.on}　${text(step)}`)
  return {
    name: '入党积极分子考察登记',
    title: '入党积极分子考察登记表',
    facts: [
      ...personFacts(ctx),
      ['入党谈话', talk ? `${firstStep(file, 'talk')?.on}，谈话人：${nameList(ctx, [talk.talkerId])}` : '—'],
      ['确定为入党积极分子时间', or(file.person.activistOn)],
      ['培养联系人', nameList(ctx, activist.contactIds)],
      ['当前阶段', STAGE_LABELS[file.person.stage]],
    ],
    paragraphs: [
      ...dated('thoughtReport', '思想汇报', (step) => fieldsOf(step, 'thoughtReport')?.summary ?? ''),
      ...dated('halfYearReview', '半年考察', (step) => fieldsOf(step, 'halfYearReview')?.notes ?? ''),
      ...dated('training', '集中培训', (step) => {
        const training = fieldsOf(step, 'training')
        return training ? `${training.course}（${training.days} 天，${training.hours} 学时）` : ''
      }),
    ],
  }
}

const candidatePublicity = (ctx: PaperContext): Paper | null => {
  const { file, branchName } = ctx
  const publicity = firstStep(file, 'publicity')
  const until = fieldsOf(publicity, 'publicity')?.until
  const introducers = fieldsOf(firstStep(file, 'introducers'), 'introducers')
  if (!publicity || !until) return null
  return {
    name: '发展对象公示',
    title: '关于拟发展中共预备党员的公示',
    facts: [
      ...personFacts(ctx),
      ['确定为入党积极分子时间', or(file.person.activistOn)],
      ['确定为发展对象时间', or(file.person.candidateOn)],
      ['入党介绍人', introducers ? nameList(ctx, introducers.introducerIds) : '—'],
    ],
    paragraphs: [
      `经${branchName}支部委员会研究，拟将${file.person.name}同志发展为中共预备党员，现予公示。`,
      `公示时间：${publicity.on} 至 ${until}。公示期间，党员和群众可通过来信、来电、来访等方式向党支部反映情况。`,
      `${branchName}　${publicity.on}`,
    ],
  }
}

const voteSentence = (step: DevelopmentStepDoc, fields: Fields<'admissionVote'> | Fields<'fullVote'>) =>
  `支部有表决权的正式党员 ${step.voting ?? '—'} 名，实到会 ${fields.present} 名。经表决，赞成 ${fields.inFavour} 票，反对 ${fields.against} 票，弃权 ${fields.abstaining} 票，赞成票超过应到会有表决权党员的半数。`

const admissionResolution = (ctx: PaperContext): Paper | null => {
  const { file, branchName } = ctx
  const step = firstStep(file, 'admissionVote')
  const vote = fieldsOf(step, 'admissionVote')
  if (!step || !vote) return null
  const name = file.person.name
  return {
    name: '支部大会决议（接收预备党员）',
    title: `${branchName}支部大会关于接收${name}同志为中共预备党员的决议`,
    facts: [...personFacts(ctx), ['支部大会日期', step.on]],
    paragraphs: [
      `${step.on}，${branchName}召开支部大会，讨论${name}同志的入党问题。`,
      voteSentence(step, vote),
      `支部大会决议：接收${name}同志为中共预备党员，预备期${DEVELOPMENT_PERIODS.probationMonths / 12}年。报上级党委审批。`,
    ],
  }
}

const fullResolution = (ctx: PaperContext): Paper | null => {
  const { file, branchName } = ctx
  const step = stepsOf(file, 'fullVote').at(-1) ?? null
  const vote = fieldsOf(step, 'fullVote')
  if (!step || !vote) return null
  const name = file.person.name
  const decision =
    vote.outcome === 'full'
      ? `同意${name}同志按期转为中共正式党员，党龄自 ${or(file.person.fullOn)} 算起。`
      : `延长${name}同志的预备期 ${vote.extendMonths ?? '—'} 个月，至 ${or(file.person.probationEndsOn)}。`
  return {
    name: '支部大会决议（预备党员转正）',
    title: `${branchName}支部大会关于${name}同志预备期满转正的决议`,
    facts: [...personFacts(ctx), ['入党时间', or(file.person.joinedOn)], ['支部大会日期', step.on]],
    paragraphs: [
      `${step.on}，${branchName}召开支部大会，讨论${name}同志的转正问题。`,
      voteSentence(step, vote),
      `支部大会决议：${decision}报上级党委审批。`,
    ],
  }
}

export const PAPERS = {
  activistRecord,
  candidatePublicity,
  admissionResolution,
  fullResolution,
} as const

/** The papers this file's steps already support, in the order they are filed. */
export const papersOf = (ctx: PaperContext): Paper[] =>
  Object.values(PAPERS)
    .map((write) => write(ctx))
    .filter((paper): paper is Paper => paper !== null)
