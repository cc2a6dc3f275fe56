import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import type { MaterialDoc, StudySessionDoc } from '../common/db/models/points'
import type { Grant } from '../common/points/grantPoints'
import { AppError } from '../common/errors'
import { managesBranch, readsBranch, visibleOrMissing } from '../common/rules/access'

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

/** A material the member may study: organisation-wide ones, their own branch's, or any for org-wide readers; never a withdrawn one. */
export const visibleMaterial = async (db: Database, member: MemberDoc, materialId: string): Promise<MaterialDoc> =>
  visibleOrMissing(
    'material',
    await findMaterial(db, materialId),
    (material) => !material.withdrawnAt && reads(member, material),
  )

const findMaterial = async (db: Database, materialId: string): Promise<MaterialDoc | undefined> => {
  const { data } = await db
    .collection<MaterialDoc>(collections.studyMaterials.name)
    .where({ _id: materialId })
    .limit(1)
    .get()
  return data[0]
}

const reads = (member: MemberDoc, material: MaterialDoc) => !material.branchId || readsBranch(member, material.branchId)

/**
 * A material the caller may edit or take down (withdrawn ones included): the
 * admin any, a branch material's own secretary theirs. Another branch's material is missing to
 * them; one they can study but not manage is FORBIDDEN.
 */
export const managedMaterial = async (db: Database, member: MemberDoc, materialId: string): Promise<MaterialDoc> => {
  const material = visibleOrMissing('material', await findMaterial(db, materialId), (found) => reads(member, found))
  const manages =
    member.roles.includes('admin') || (material.branchId !== null && managesBranch(member, material.branchId))
  if (!manages) throw new AppError('FORBIDDEN', '只有发布方可以修改或下架这份学习资料')
  return material
}

/** Video materials play from a URL or an uploaded file: exactly one of them. */
export const videoSource = (
  input: { kind: 'article' } | { kind: 'video'; videoUrl?: string; videoFileID?: string },
): Pick<MaterialDoc, 'videoUrl' | 'videoFileID'> => {
  if (input.kind === 'article') return { videoUrl: null, videoFileID: null }
  const videoUrl = input.videoUrl || null
  const videoFileID = input.videoFileID || null
  if (!videoUrl === !videoFileID) throw new AppError('INVALID_INPUT', '请填写视频地址或上传视频文件（二选一）')
  return { videoUrl, videoFileID }
}

export const findSession = async (db: Database, materialId: string, memberId: string) => {
  const { data } = await db
    .collection<StudySessionDoc>(collections.studySessions.name)
    .where({ _id: sessionId(materialId, memberId) })
    .limit(1)
    .get()
  return data[0]
}
