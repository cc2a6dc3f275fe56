/**
 * Errors raised by the local engine. `code` is the string code the cloud's
 * HTTP API returns; wx-server-sdk maps it to its numeric errCode
 * (DATABASE_REQUEST_FAILED → -502001, DATABASE_COLLECTION_NOT_EXIST → -502005,
 * DATABASE_INVALID_OPERRATOR → -502002, INVALID_PARAM → -501007), so a test
 * sees the same errCode it would see in the cloud.
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

export const transactionConflict = (message: string): LocalDbError =>
  new LocalDbError('DATABASE_TRANSACTION_CONFLICT', `local database: ${message}`)

export const requestFailed = (message: string): LocalDbError =>
  new LocalDbError('DATABASE_REQUEST_FAILED', `local database: ${message}`)
