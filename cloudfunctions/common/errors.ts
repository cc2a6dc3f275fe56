import { errorMessages, type ErrorCode } from './contract/errors'

/** An expected failure with a stable code and a message the user can read. */
export class AppError extends Error {
  readonly code: ErrorCode
  /** The input field the failure is about (`title`, `categories.2.dailyCap`), so the form can mark it. */
  readonly field?: string

  constructor(code: ErrorCode, message: string = errorMessages[code], field?: string) {
    super(message)
    this.code = code
    if (field) this.field = field
  }
}

export const fail = (code: ErrorCode, message?: string): never => {
  throw new AppError(code, message)
}

/** The database layer reports unique-index violations like the cloud does. */
export const isDuplicateKeyError = (error: unknown): boolean =>
  error instanceof Error && /E11000 duplicate key error/.test(error.message)
