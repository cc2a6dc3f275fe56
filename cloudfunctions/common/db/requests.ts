import { createHash, randomBytes } from 'node:crypto'
import { isDuplicateKeyError } from '../errors'
import type { Database } from './database'

/**
 * Idempotent user submissions. The client makes one request id per form and
 * sends it with every try; the record the request creates takes its `_id`
 * from the owner and that id, so a retried submission (a second tap, a
 * repeated network request) lands on the same `_id` and cannot create a
 * second record. Without a request id (an older client) the id is random.
 */
export const requestRecordId = (
  prefix: string,
  ownerId: string,
  requestId: string | undefined,
  hexDigits = 24,
): string =>
  requestId
    ? `${prefix}${createHash('sha256').update(`${ownerId}:${requestId}`).digest('hex').slice(0, hexDigits)}`
    : `${prefix}${randomBytes(hexDigits / 2).toString('hex')}`

/** The record a request already created, if it is the owner's (another caller's id answers nothing). */
export const findRequested = async <T extends { _id: string }>(
  db: Database,
  collection: string,
  id: string,
  isOwners: (doc: T) => boolean,
): Promise<T | null> => {
  const { data } = await db.collection<T>(collection).where({ _id: id }).limit(1).get()
  return data[0] && isOwners(data[0]) ? data[0] : null
}

/**
 * Runs `create` (which writes the record under `id`); when a concurrent try of
 * the same request wrote it first, answers that record instead of failing.
 */
export const createOnce = async <T extends { _id: string }>(
  db: Database,
  collection: string,
  id: string,
  isOwners: (doc: T) => boolean,
  create: () => Promise<T>,
): Promise<T> => {
  try {
    return await create()
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    const earlier = await findRequested(db, collection, id, isOwners)
    if (!earlier) throw error
    return earlier
  }
}

export interface UserRequest<T> {
  collection: string
  /** The `_id` prefix of the collection's records (`c` for claims). */
  prefix: string
  /** How many hex digits follow the prefix (24 unless the id has a shape of its own: events' are 32, as the cloud's). */
  hexDigits?: number
  ownerId: string
  requestId: string | undefined
  isOwners: (doc: T) => boolean
}

/**
 * The record of a user's submission: the one an earlier try of the same
 * request made, else the one `create(id)` makes now. Checks belong inside
 * `create`, so a retry after success answers the record even where the
 * checks would now refuse (a cap the first try used up).
 */
export const oncePerRequest = async <T extends { _id: string }>(
  db: Database,
  request: UserRequest<T>,
  create: (id: string) => Promise<T>,
): Promise<T> => {
  const id = requestRecordId(request.prefix, request.ownerId, request.requestId, request.hexDigits)
  const earlier = request.requestId ? await findRequested(db, request.collection, id, request.isOwners) : null
  return earlier ?? createOnce(db, request.collection, id, request.isOwners, () => create(id))
}
