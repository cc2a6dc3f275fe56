import type { Material } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { currentRules, ruleFor } from '../../common/points/rules'
import { findSession, visibleMaterial } from '../materials'
import { memberNames, toMaterial } from '../views'

export const getMaterial = async ({ db, caller }: Context, input: { materialId: string }): Promise<Material> => {
  const material = await visibleMaterial(db, caller.member, input.materialId)
  const [session, names, rules] = await Promise.all([
    findSession(db, material._id, caller.member._id),
    memberNames(db, [material.publishedBy]),
    currentRules(db),
  ])
  return toMaterial(material, names, ruleFor(rules, 'study').points, session)
}
