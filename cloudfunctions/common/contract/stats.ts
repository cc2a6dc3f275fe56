export const statsContract = {}

export const statsErrors = {} as const
