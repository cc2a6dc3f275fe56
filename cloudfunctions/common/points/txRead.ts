import type { Transaction } from '../db/database'

/**
 * A document read inside a transaction, or null when it does not exist.
 * The SDK answers a missing document with `data: null` inside a transaction
 * and with a "does not exist" failure outside one; both mean absent here.
 */
export const readInTransaction = async <T>(tx: Transaction, collection: string, id: string): Promise<T | null> => {
  try {
    const { data } = await tx.collection<T>(collection).doc(id).get()
    return data ?? null
  } catch (error) {
    if (error instanceof Error && /not exist|不存在/i.test(error.message)) return null
    throw error
  }
}

/** Writes a whole document in a transaction (`set` takes the fields without `_id`). */
export const writeInTransaction = async <T extends { _id: string }>(
  tx: Transaction,
  collection: string,
  doc: T,
): Promise<void> => {
  const { _id, ...fields } = doc
  await tx.collection(collection).doc(_id).set({ data: fields })
}
