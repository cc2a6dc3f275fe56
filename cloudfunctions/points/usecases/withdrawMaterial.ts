import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import { managedMaterial } from '../materials'

/**
 * 下架: members no longer see or study the material (it answers like a
 * missing one); points already earned from it stay in the ledger. A repeat
 * answers the same without writing.
 */
export const withdrawMaterial = async (
  { db, caller, now }: Context,
  input: { materialId: string },
): Promise<{ materialId: string }> => {
  const material = await managedMaterial(db, caller.member, input.materialId)
  if (material.withdrawnAt) return { materialId: material._id }
  await db
    .collection(collections.studyMaterials.name)
    .doc(material._id)
    .update({ data: { withdrawnAt: now, withdrawnBy: caller.member._id } })
  return { materialId: material._id }
}
