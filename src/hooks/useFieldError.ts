import { useState } from 'react'
import { ApiError } from '@/api/transport'

interface FormError {
  /** The input the server found wrong (`title`, `categories.2.dailyCap`); none for the form as a whole. */
  field?: string
  message: string
}

const within = (field: string, changed: string) => field === changed || field.startsWith(`${changed}.`)

/**
 * A form's error, shown on the input it is about and cleared when that input
 * changes. `shown(field)` says whether the form has an input for a field; an
 * error about any other field (or none) is the form's, cleared by any change.
 */
export function useFieldError(shown: (field: string) => boolean) {
  const [error, setError] = useState<FormError>()
  const ownsField = (candidate: FormError) => candidate.field !== undefined && shown(candidate.field)
  const changed = (field: string) =>
    setError((previous) =>
      previous && (!ownsField(previous) || within(previous.field ?? '', field)) ? undefined : previous,
    )
  return {
    fail: (err: unknown, fallback: string) =>
      setError(err instanceof ApiError ? { field: err.field, message: err.message } : { message: fallback }),
    reset: () => setError(undefined),
    /** The message for one input (or for the inputs under a prefix, e.g. one rule's caps). */
    at: (field: string) => (error?.field !== undefined && error.field === field ? error.message : undefined),
    /** The message no input of the form shows. */
    general: error && !ownsField(error) ? error.message : undefined,
    changed,
    /** An input's setter that also clears the error the change answers. */
    tracked:
      <T>(field: string, set: (value: T) => void) =>
      (value: T) => {
        changed(field)
        set(value)
      },
  }
}
