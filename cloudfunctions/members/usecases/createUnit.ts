import type { UnitKind, UnitView } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import { unitUnder, type UnitDoc } from '../../common/db/models/units'
import { oncePerRequest } from '../../common/db/requests'
import { assertHoldsUnits, assertNameFree, childrenOf, managedUnit, nextOrder, toUnitView } from '../units/store'

/**
 * Admin: a new unit, last among the children of a 党委 or 党总支 of their
 * subtree. A retried request (same requestId) answers the unit it created.
 */
export const createUnit = async (
  { db, caller, now }: Context,
  input: { parentId: string; kind: UnitKind; name: string; requestId?: string },
): Promise<UnitView> => {
  const parent = await managedUnit(db, caller.member, input.parentId)
  assertHoldsUnits(parent)
  const siblings = await childrenOf(db, parent._id)
  const request = {
    collection: collections.units.name,
    prefix: 'u',
    ownerId: caller.member._id,
    requestId: input.requestId,
    isOwners: (doc: UnitDoc) => doc.parentId === parent._id && doc.name === input.name,
  }
  const unit = await oncePerRequest(db, request, async (_id) => {
    assertNameFree(siblings, input.name)
    const fields = { _id, kind: input.kind, name: input.name, order: nextOrder(siblings) }
    const doc = unitUnder(parent, fields, now)
    await db.collection(collections.units.name).add({ data: doc })
    return doc
  })
  return toUnitView(unit, caller.member)
}
