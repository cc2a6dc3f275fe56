/** A reversal's idempotency key: an entry can be reversed once, whoever tries and however often. */
export const reversalKey = (entryId: string) => `reverse:${entryId}`
