export const noticesContract = {}

export const noticesErrors = {} as const
