import type { MaterialSummary } from '../../common/contract/materials'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { MaterialDoc, StudySessionDoc } from '../../common/db/models/points'
import { studyTerms } from '../settings'
import { memberNames, toMaterialSummary } from '../views'

/** Organisation-wide materials and the caller's branch's, newest first, with the caller's progress on each. */
export const listMaterials = async ({ db, caller }: Context): Promise<MaterialSummary[]> => {
  const me = caller.member
  const [{ data: materials }, { data: sessions }, terms] = await Promise.all([
    db
      .collection<MaterialDoc>(collections.studyMaterials.name)
      .where({ branchId: db.command.in([null, me.branchId]) })
      .orderBy('publishedAt', 'desc')
      .limit(200)
      .get(),
    db.collection<StudySessionDoc>(collections.studySessions.name).where({ memberId: me._id }).limit(1000).get(),
    studyTerms(db),
  ])
  const byMaterial = new Map(sessions.map((session) => [session.materialId, session]))
  const published = materials.filter((material) => !material.withdrawnAt)
  const names = await memberNames(
    db,
    published.map((material) => material.publishedBy),
  )
  return published.map((material) => toMaterialSummary(material, names, terms, byMaterial.get(material._id)))
}
