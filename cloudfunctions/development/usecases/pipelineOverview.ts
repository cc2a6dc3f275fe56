import type { DevelopmentYearFigures, PipelineBranchRow, PipelineOverview } from '../../common/contract/development'
import { STAGES, type Stage } from '../../common/contract/developmentLabels'
import { listBranchDocs } from '../../common/db/members'
import type { DevelopmentPersonDoc } from '../../common/db/models/development'
import type { Context } from '../../common/handler'
import { rootPlace } from '../../common/db/models/units'
import { dayKey } from '../../common/periods'
import { grantedUnitIds, readsUnit } from '../../common/rules/access'
import { peopleOf } from '../store'

type Figures = Omit<PipelineBranchRow, 'branchId' | 'name'>
const IN_PROGRESS = STAGES.filter((stage): stage is Exclude<Stage, 'full'> => stage !== 'full')

const emptyFigures = (): Figures => ({
  inProgress: { applicant: 0, activist: 0, candidate: 0, probationary: 0 },
  overdue: 0,
  year: { activists: 0, candidates: 0, admitted: 0, full: 0 },
})

const YEAR_DATES: Record<keyof DevelopmentYearFigures, keyof DevelopmentPersonDoc> = {
  activists: 'activistOn',
  candidates: 'candidateOn',
  admitted: 'joinedOn',
  full: 'fullOn',
}

const add = (figures: Figures, person: DevelopmentPersonDoc, year: string, today: string): void => {
  if (person.stage !== 'full') figures.inProgress[person.stage] += 1
  if (person.nextDueOn && person.nextDueOn < today) figures.overdue += 1
  for (const [key, field] of Object.entries(YEAR_DATES) as [keyof DevelopmentYearFigures, keyof DevelopmentPersonDoc][])
    if (String(person[field] ?? '').startsWith(year)) figures.year[key] += 1
}

/**
 * The files of the caller's reach that show now: every one in progress, and
 * those that reached 正式党员 this year — O(files shown), not the years of
 * finished files behind them.
 */
const filesShown = async (ctx: Context, year: string): Promise<DevelopmentPersonDoc[]> => {
  const { db, caller } = ctx
  const _ = db.command
  const member = caller.member
  const scope = [...(grantedUnitIds(member, 'leader') ?? []), ...(grantedUnitIds(member, 'admin') ?? [])]
  const within = readsUnit(member, rootPlace(member)) ? {} : { unitIds: _.in(scope) }
  const [open, finished] = await Promise.all([
    peopleOf(db)
      .where({ ...within, stage: _.in(IN_PROGRESS) })
      .limit(1000)
      .get(),
    peopleOf(db)
      .where({ ...within, stage: 'full', fullOn: _.gte(`${year}-01-01`) })
      .limit(1000)
      .get(),
  ])
  return [...open.data, ...finished.data]
}

/** Leaders and admins: each branch they reach with its pipeline by stage, overdue files and the year's figures. */
export const pipelineOverview = async (ctx: Context, input: { year?: number }): Promise<PipelineOverview> => {
  const today = dayKey(ctx.now)
  const year = String(input.year ?? Number(today.slice(0, 4)))
  const [branches, people] = await Promise.all([listBranchDocs(ctx.db), filesShown(ctx, year)])
  const reached = branches.filter((branch) => readsUnit(ctx.caller.member, branch))
  const rows = new Map(
    reached.map((branch) => [branch._id, { branchId: branch._id, name: branch.name, ...emptyFigures() }]),
  )
  const total = emptyFigures()
  for (const person of people) {
    const row = rows.get(person.branchId)
    if (!row) continue
    add(row, person, year, today)
    add(total, person, year, today)
  }
  return { year: Number(year), rows: [...rows.values()], total }
}
