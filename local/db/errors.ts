/**
 * Errors raised by the local engine. `code` is the string code the cloud's
 * HTTP API returns; wx-server-sdk maps it to its numeric errCode
 * (DATABASE_REQUEST_FAILED → -502001, DATABASE_COLLECTION_NOT_EXIST → -502005,
 * DATABASE_INVALID_OPERRATOR → -502002, INVALID_PARAM → -501007, and codes it
 * has no number for, such as the two transaction codes below, → -501001), so a
 * test sees the same errCode it would see in the cloud.
 */
export class LocalDbError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.name = 'LocalDbError'
    this.code = code
  }
}

export const collectionNotExist = (name: string): LocalDbError =>
  new LocalDbError(
    'DATABASE_COLLECTION_NOT_EXIST',
    `[ResourceNotFound] Db or Table not exist: ${name}. Declare it in cloudfunctions/common/db/collections.ts`,
  )

export const duplicateKey = (collection: string, index: string, detail: string): LocalDbError =>
  new LocalDbError(
    'DATABASE_REQUEST_FAILED',
    `[FailedOperation] E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${detail}`,
  )

export const unsupported = (what: string): LocalDbError =>
  new LocalDbError('DATABASE_INVALID_OPERRATOR', `local database: unsupported ${what}`)

export const invalidParam = (message: string): LocalDbError =>
  new LocalDbError('INVALID_PARAM', `local database: ${message}`)

/**
 * The cloud's write conflict, code and message as its server returns them
 * (TencentCloudBase/node-sdk test/database/unit/transaction.test.ts). The
 * SDK's runTransaction retries on exactly this code.
 */
export const transactionConflict = (): LocalDbError =>
  new LocalDbError(
    'DATABASE_TRANSACTION_CONFLICT',
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.',
  )

/** An operation on a transaction that was committed, aborted or expired (same source as above). */
export const transactionNotExist = (): LocalDbError =>
  new LocalDbError(
    'DATABASE_TRANSACTION_FAIL',
    '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.',
  )

export const requestFailed = (message: string): LocalDbError =>
  new LocalDbError('DATABASE_REQUEST_FAILED', `local database: ${message}`)
