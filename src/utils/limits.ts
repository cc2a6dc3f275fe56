/** The length the server counts: trimmed, in UTF-16 units like zod's `max`. */
export const textLength = (value: string) => value.trim().length

/** The server's wording for text over its limit; null when it fits. */
export const tooLong = (label: string, value: string, limit: number): string | null =>
  textLength(value) > limit ? `${label}不能超过 ${limit} 个字` : null
