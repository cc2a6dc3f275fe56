import type { Material } from '../../common/contract/points'
import type { ParsedInputOf } from '../../common/contract/define'
import type { pointsContract } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { MaterialDoc } from '../../common/db/models/points'
import { oncePerRequest } from '../../common/db/requests'
import { currentRules, ruleFor } from '../../common/points/rules'
import { administers } from '../../common/rules/access'
import { memberNames, toMaterial } from '../views'

type PublishInput = ParsedInputOf<typeof pointsContract.publishMaterial>

/** Video materials play from a URL or an uploaded file: exactly one of them. */
const videoSource = (input: PublishInput) => {
  if (input.kind === 'article') return { videoUrl: null, videoFileID: null }
  const videoUrl = input.videoUrl || null
  const videoFileID = input.videoFileID || null
  if (!videoUrl === !videoFileID) throw new AppError('INVALID_INPUT', '请填写视频地址或上传视频文件（二选一）')
  return { videoUrl, videoFileID }
}

/** The admin publishes for the whole organisation; a secretary for their own branch. A retry answers the first try's material. */
export const publishMaterial = async ({ db, caller, now }: Context, input: PublishInput): Promise<Material> => {
  const me = caller.member
  const request = {
    collection: collections.studyMaterials.name,
    prefix: 'mat',
    ownerId: me._id,
    requestId: input.requestId,
    isOwners: (doc: MaterialDoc) => doc.publishedBy === me._id,
  }
  const material = await oncePerRequest(db, request, async (_id) => {
    const doc: MaterialDoc = {
      _id,
      title: input.title,
      kind: input.kind,
      body: input.body ?? '',
      ...videoSource(input),
      requiredSeconds: input.requiredSeconds,
      branchId: administers(me) ? null : me.branchId,
      publishedBy: me._id,
      publishedAt: now,
    }
    await db.collection(collections.studyMaterials.name).add({ data: doc })
    return doc
  })
  const [names, rules] = await Promise.all([memberNames(db, [me._id]), currentRules(db)])
  return toMaterial(material, names, ruleFor(rules, 'study').points, undefined)
}
