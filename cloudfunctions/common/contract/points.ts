export const pointsContract = {}

export const pointsErrors = {} as const
