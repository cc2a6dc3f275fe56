import type { Material } from '../../common/contract/materials'
import type { Context } from '../../common/handler'
import { findSession, visibleMaterial } from '../materials'
import { studyTerms } from '../settings'
import { memberNames, toMaterial } from '../views'

export const getMaterial = async ({ db, caller }: Context, input: { materialId: string }): Promise<Material> => {
  const material = await visibleMaterial(db, caller.member, input.materialId)
  const [session, names, terms] = await Promise.all([
    findSession(db, material._id, caller.member._id),
    memberNames(db, [material.publishedBy]),
    studyTerms(db),
  ])
  return toMaterial(material, names, terms, session)
}
