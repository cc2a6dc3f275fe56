import type { Material } from '../../common/contract/materials'
import type { ParsedInputOf } from '../../common/contract/define'
import type { materialsContract } from '../../common/contract/materials'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { MaterialDoc } from '../../common/db/models/points'
import { oncePerRequest } from '../../common/db/requests'
import { administers } from '../../common/rules/access'
import { videoSource } from '../materials'
import { studyTerms } from '../settings'
import { memberNames, toMaterial } from '../views'
import { rootPlace } from '../../common/db/models/units'

type PublishInput = ParsedInputOf<typeof materialsContract.publishMaterial>

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
      branchId: administers(me, rootPlace(me)) ? null : me.branchId,
      publishedBy: me._id,
      publishedAt: now,
    }
    await db.collection(collections.studyMaterials.name).add({ data: doc })
    return doc
  })
  const [names, terms] = await Promise.all([memberNames(db, [me._id]), studyTerms(db)])
  return toMaterial(material, names, terms, undefined)
}
