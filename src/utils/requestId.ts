/** One id per form: the server treats a retried submission with the same id as the same request. */
export const newRequestId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
