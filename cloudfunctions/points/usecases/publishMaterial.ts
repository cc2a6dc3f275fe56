import type { Material } from '../../common/contract/points'
import type { ParsedInputOf } from '../../common/contract/define'
import type { pointsContract } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { MaterialDoc } from '../../common/db/models/points'
import { videoSource } from '../materials'
import { studyTerms } from '../settings'
import { memberNames, toMaterial } from '../views'

type PublishInput = ParsedInputOf<typeof pointsContract.publishMaterial>

/** The admin publishes for the whole organisation; a secretary for their own branch. */
export const publishMaterial = async ({ db, caller, now }: Context, input: PublishInput): Promise<Material> => {
  const me = caller.member
  const doc: Omit<MaterialDoc, '_id'> = {
    title: input.title,
    kind: input.kind,
    body: input.body ?? '',
    ...videoSource(input),
    requiredSeconds: input.requiredSeconds,
    branchId: me.roles.includes('admin') ? null : me.branchId,
    publishedBy: me._id,
    publishedAt: now,
  }
  const { _id } = await db.collection(collections.studyMaterials.name).add({ data: doc })
  const [names, terms] = await Promise.all([memberNames(db, [me._id]), studyTerms(db)])
  return toMaterial({ _id, ...doc }, names, terms, undefined)
}
