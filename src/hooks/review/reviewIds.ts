import { periodKey } from '@periods'

/** Pages of the review subpackage. */
export const MY_REVIEW_PAGE = '/packages/review/mine/index'
export const MANAGE_REVIEW_PAGE = '/packages/review/manage/index'
export const REVIEW_DASHBOARD_PAGE = '/packages/review/dashboard/index'
export const REVIEW_SETTINGS_PAGE = '/packages/review/settings/index'

/** A branch's review of a year is `<branchId>:<year>` (one per branch and year). */
export const reviewIdOf = (branchId: string, year: number): string => `${branchId}:${year}`

/** This year in Asia/Shanghai, and the year before (a review may be opened for either). */
export const thisYear = (): number => Number(periodKey('year', new Date()))
export const reviewYears = (): [number, number] => [thisYear(), thisYear() - 1]
