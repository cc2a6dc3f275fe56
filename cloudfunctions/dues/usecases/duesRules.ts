import type { DuesRulesState, DuesRulesView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import { duesRulesId } from '../../common/db/models/dues'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { periodKey } from '../../common/periods'
import { bracketsProblem, type DuesRules } from '../rules/amount'
import { inForce } from '../rules/obligation'
import { loadRules } from '../store'

const view = ({ fromMonth, employed, retired, flatFen, deductInsurance }: DuesRules): DuesRulesView => ({
  fromMonth,
  employed,
  retired,
  flatFen,
  deductInsurance,
})

/** The rules in force this month and every version (the 2008 defaults until the admin changes them). */
export const getDuesRules = async ({ db, now }: Context): Promise<DuesRulesState> => {
  const versions = (await loadRules(db)).sort((a, b) => a.fromMonth.localeCompare(b.fromMonth))
  const current = inForce(versions, periodKey('month', now)) ?? versions[0]
  return { current: view(current), versions: versions.map(view) }
}

/**
 * A new version of the rules from a month on. Only from next month: a month
 * that has begun keeps the amounts members were shown and may have paid.
 * Saving the same month again replaces that future version.
 */
export const setDuesRules = async (
  { db, caller, now }: Context,
  input: ParsedInputOf<typeof duesContract.setDuesRules>,
): Promise<DuesRulesView> => {
  if (input.fromMonth <= periodKey('month', now)) throw new AppError('DUES_RULES_PAST', undefined, 'fromMonth')
  const problem = bracketsProblem(input.employed) ?? bracketsProblem(input.retired)
  if (problem) throw new AppError('DUES_RULES_INVALID', `比例档设置不正确：${problem}`)
  await db
    .collection(collections.duesRules.name)
    .doc(duesRulesId(input.fromMonth))
    .set({ data: { ...input, createdBy: caller.member._id, createdAt: now } })
  return view(input)
}
