import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import type { MaterialDoc, StudySessionDoc } from '../common/db/models/points'
import type { Grant } from '../common/points/grantPoints'
import { readsBranch, visibleOrMissing } from '../common/rules/access'

export const sessionId = (materialId: string, memberId: string) => `${materialId}:${memberId}`
export const studyKey = (materialId: string, memberId: string) => `study:${materialId}:${memberId}`

/** The grant for completing a material (also the demo seed's history). */
export const studyGrant = (
  material: Pick<MaterialDoc, '_id' | 'title'>,
  me: Pick<MemberDoc, '_id' | 'branchId'>,
): Grant => ({
  memberId: me._id,
  branchId: me.branchId,
  category: 'study',
  key: studyKey(material._id, me._id),
  reason: `完成学习：${material.title}`,
  source: { kind: 'material', id: material._id },
  createdBy: 'system',
})

/** A material the member may study: organisation-wide ones, their own branch's, or any for org-wide readers. */
export const visibleMaterial = async (db: Database, member: MemberDoc, materialId: string): Promise<MaterialDoc> => {
  const { data } = await db
    .collection<MaterialDoc>(collections.studyMaterials.name)
    .where({ _id: materialId })
    .limit(1)
    .get()
  return visibleOrMissing(
    'material',
    data[0],
    (material) => !material.branchId || readsBranch(member, material.branchId),
  )
}

export const findSession = async (db: Database, materialId: string, memberId: string) => {
  const { data } = await db
    .collection<StudySessionDoc>(collections.studySessions.name)
    .where({ _id: sessionId(materialId, memberId) })
    .limit(1)
    .get()
  return data[0]
}
