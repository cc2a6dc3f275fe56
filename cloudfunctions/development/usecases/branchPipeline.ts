import type { BranchPipeline, DueStep } from '../../common/contract/development'
import { STAGES } from '../../common/contract/developmentLabels'
import type { DevelopmentStepDoc } from '../../common/db/models/development'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { dayKey } from '../../common/periods'
import { dueSteps } from '../rules/due'
import { peopleOf, readsFiles, stepDocsOf } from '../store'

const IN_PROGRESS = STAGES.filter((stage) => stage !== 'full')

/** The step to show first: an overdue one, else the next deadline, else the next possible step. */
const firstDue = (due: DueStep[]): DueStep | null =>
  due.find((step) => step.overdue) ??
  due.filter((step) => step.dueOn).sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''))[0] ??
  due[0] ??
  null

/** A branch's people on their way to membership, by stage, each with what is due next. */
export const branchPipeline = async (ctx: Context, input: { branchId?: string }): Promise<BranchPipeline> => {
  const { db, caller, now } = ctx
  const branchId = input.branchId ?? caller.member.branchId
  if (!(await readsFiles(db, caller.member, branchId)))
    throw new AppError('FORBIDDEN', '只有本支部委员会和上级党组织可以查看发展党员情况')
  const { data: people } = await peopleOf(db)
    .where({ branchId, stage: db.command.in(IN_PROGRESS) })
    .limit(1000)
    .get()
  const { data: steps } = people.length
    ? await stepDocsOf(db)
        .where({ personId: db.command.in(people.map((person) => person._id)) })
        .orderBy('on', 'asc')
        .limit(1000)
        .get()
    : { data: [] as DevelopmentStepDoc[] }
  const today = dayKey(now)
  const rows = people.map((person) => ({
    id: person._id,
    name: person.name,
    stage: person.stage,
    next: firstDue(dueSteps({ person, steps: steps.filter((step) => step.personId === person._id) }, today)),
  }))
  rows.sort((a, b) => STAGES.indexOf(b.stage) - STAGES.indexOf(a.stage) || a.name.localeCompare(b.name, 'zh'))
  return { branchId, rows }
}
