/**
 * Document operations inside a transaction. The cloud allows only
 * single-document operations there (doc(id).get/set/update/remove and add),
 * so anything else is refused with a clear error instead of being run
 * outside the transaction.
 */
import { newId, type Doc } from './codec'
import { duplicateKey, unsupported } from './errors'
import type { RequestParams } from './requestParams'
import type { Transactions } from './transactions'
import { applyUpdate } from './update'

function docId(p: RequestParams): unknown {
  const query = p.object('query')
  if (!p.isDocQuery || !query || Object.keys(query).length !== 1 || query._id === undefined) {
    throw unsupported('query in a transaction: only single-document operations (doc(id)) are allowed')
  }
  return query._id
}

export function docReads(tx: Transactions, p: RequestParams, collection: string): Doc[] {
  const doc = tx.read(p.transactionId!, collection, docId(p))
  return doc ? [doc] : []
}

export function docWrites(tx: Transactions, p: RequestParams, collection: string) {
  const txId = p.transactionId!
  return {
    insert(docs: Doc[]) {
      for (const d of docs) {
        if (tx.read(txId, collection, d._id)) throw duplicateKey(collection, '_id_', `{ _id: "${String(d._id)}" }`)
        tx.write(txId, collection, d._id, d)
      }
      return { data: { insertedIds: docs.map((d) => d._id) } }
    },
    modify(data: Doc, merge: boolean) {
      const id = docId(p)
      const current = tx.read(txId, collection, id)
      if (!current) {
        if (!p.flag('upsert', false)) return { data: { updated: 0 } }
        tx.write(txId, collection, id, applyUpdate({ _id: id ?? newId() }, data, merge).doc)
        return { data: { updated: 0, upsert_id: id } }
      }
      const applied = applyUpdate(current, data, merge)
      if (applied.changed) tx.write(txId, collection, id, applied.doc)
      return { data: { updated: applied.changed ? 1 : 0 } }
    },
    remove() {
      const id = docId(p)
      const existed = tx.read(txId, collection, id) !== null
      if (existed) tx.write(txId, collection, id, null)
      return { data: { deleted: existed ? 1 : 0 } }
    },
  }
}
