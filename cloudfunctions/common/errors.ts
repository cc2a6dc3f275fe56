import { errorMessages, type ErrorCode } from './contract/errors'

/** An expected failure with a stable code and a message the user can read. */
export class AppError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string = errorMessages[code]) {
    super(message)
    this.code = code
  }
}

export const fail = (code: ErrorCode, message?: string): never => {
  throw new AppError(code, message)
}

/** The database layer reports unique-index violations like the cloud does. */
export const isDuplicateKeyError = (error: unknown): boolean =>
  error instanceof Error && /E11000 duplicate key error/.test(error.message)
