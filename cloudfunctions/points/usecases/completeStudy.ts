import type { GrantResult } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { StudySessionDoc } from '../../common/db/models/points'
import { prepareGrant, writeGrant } from '../../common/points/grantPoints'
import { readInTransaction } from '../../common/points/txRead'
import { sessionId, studyGrant, visibleMaterial } from '../materials'
import { readPointsSettings } from '../settings'

const describeWait = (seconds: number) =>
  seconds >= 60 ? `${Math.floor(seconds / 60)} 分 ${seconds % 60} 秒` : `${seconds} 秒`

/**
 * 完成学习: once the material was opened; when the organisation times study
 * (settings), only when the server's own clock shows the required study time
 * since the server-recorded start. The client sends no time at all.
 * When today's cap is full nothing is written, so the member can finish tomorrow.
 * One read round and one write round in the transaction, all of them the
 * member's own documents.
 */
export const completeStudy = async (
  { db, caller, now }: Context,
  input: { materialId: string },
): Promise<GrantResult> => {
  const me = caller.member
  const [material, { studyTimed }] = await Promise.all([
    visibleMaterial(db, me, input.materialId),
    readPointsSettings(db),
  ])
  const outcome = await db
    .runTransaction(async (tx) => {
      const id = sessionId(material._id, me._id)
      // The grant's reads go out with the session's; its verdict is awaited only once the session allows it.
      const points = prepareGrant(tx, studyGrant(material, me), now, { refuseWhenFull: true })
      points.catch(() => undefined)
      const session = await readInTransaction<StudySessionDoc>(tx, collections.studySessions.name, id)
      if (!session) throw new AppError('STUDY_NOT_STARTED')
      const elapsed = Math.floor((now.getTime() - new Date(session.startedAt).getTime()) / 1000)
      if (studyTimed && !session.completedAt && elapsed < material.requiredSeconds)
        throw new AppError(
          'STUDY_TOO_EARLY',
          `学习时间不足，还需学习 ${describeWait(material.requiredSeconds - elapsed)}`,
        )
      const prepared = await points
      await Promise.all([
        writeGrant(tx, prepared),
        !session.completedAt &&
          tx
            .collection(collections.studySessions.name)
            .doc(id)
            .update({ data: { completedAt: now } }),
      ])
      return prepared.outcome
    })
    .catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'POINTS_CAP_REACHED')
        throw new AppError('POINTS_CAP_REACHED', `${error.message}，明天再来完成学习吧`)
      throw error
    })
  return { status: outcome.status, points: outcome.points, message: outcome.message ?? null }
}
