import type { StudySession } from '../../common/contract/materials'
import type { Context } from '../../common/handler'
import { isDuplicateKeyError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { StudySessionDoc } from '../../common/db/models/points'
import { findSession, sessionId, visibleMaterial } from '../materials'
import { readPointsSettings } from '../settings'

const toSession = (session: StudySessionDoc, requiredSeconds: number, timed: boolean, now: Date): StudySession => ({
  materialId: session.materialId,
  startedAt: new Date(session.startedAt).toISOString(),
  requiredSeconds,
  timed,
  completedAt: session.completedAt ? new Date(session.completedAt).toISOString() : null,
  serverNow: now.toISOString(),
})

/** Opening a material: the server's clock marks the start, once (reopening keeps the first start), timed or not. */
export const startStudy = async (
  { db, caller, now }: Context,
  input: { materialId: string },
): Promise<StudySession> => {
  const [material, existing, { studyTimed }] = await Promise.all([
    visibleMaterial(db, caller.member, input.materialId),
    findSession(db, input.materialId, caller.member._id),
    readPointsSettings(db),
  ])
  const answer = (found: StudySessionDoc) => toSession(found, material.requiredSeconds, studyTimed, now)
  if (existing) return answer(existing)
  const session: StudySessionDoc = {
    _id: sessionId(material._id, caller.member._id),
    materialId: material._id,
    memberId: caller.member._id,
    startedAt: now,
    completedAt: null,
  }
  try {
    await db.collection(collections.studySessions.name).add({ data: session })
    return answer(session)
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    const raced = await findSession(db, material._id, caller.member._id)
    return answer(raced ?? session)
  }
}
