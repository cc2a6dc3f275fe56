export const eventsContract = {}

export const eventsErrors = {} as const
