import type { Material } from '../../common/contract/materials'
import type { ParsedInputOf } from '../../common/contract/define'
import type { materialsContract } from '../../common/contract/materials'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { MaterialDoc } from '../../common/db/models/points'
import { findSession, managedMaterial, videoSource } from '../materials'
import { studyTerms } from '../settings'
import { memberNames, toMaterial } from '../views'

type UpdateInput = ParsedInputOf<typeof materialsContract.updateMaterial>

/**
 * Corrects a published material (title, text, video, study time). Studies
 * already completed keep their points; the ledger is not touched.
 */
export const updateMaterial = async ({ db, caller, now }: Context, input: UpdateInput): Promise<Material> => {
  const material = await managedMaterial(db, caller.member, input.materialId)
  const changes: Partial<MaterialDoc> = {
    title: input.title,
    kind: input.kind,
    body: input.body ?? '',
    ...videoSource(input),
    requiredSeconds: input.requiredSeconds,
    updatedAt: now,
  }
  await db.collection(collections.studyMaterials.name).doc(material._id).update({ data: changes })
  const [names, terms, session] = await Promise.all([
    memberNames(db, [material.publishedBy]),
    studyTerms(db),
    findSession(db, material._id, caller.member._id),
  ])
  return toMaterial({ ...material, ...changes }, names, terms, session)
}
