import type { CategoryRule, RuledCategory } from '../../cloudfunctions/common/contract/points'
import { demoIdentities, type TestCloud } from '../helpers/testCloud'

/** Changes some rules through the function, as the admin does in the app. */
export const updateRulesForTest = async (
  t: TestCloud,
  changes: Partial<Record<RuledCategory, Partial<CategoryRule>>>,
) => {
  const rules = await t.ok(demoIdentities.admin, 'points', 'getRules', {})
  return t.ok(demoIdentities.admin, 'points', 'updateRules', {
    expectedVersion: rules.version,
    categories: rules.categories.map((rule) => ({ ...rule, ...changes[rule.category] })),
  })
}
