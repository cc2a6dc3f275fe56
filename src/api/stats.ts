/** The `stats` cloud function: one thin, typed wrapper per action. */
import type { Payload } from '@contract'
import { callFunction, type CallOptions } from './transport'

export type StatsPeriodInput = Payload<'stats', 'dashboard'>['period']

/** A unit's payload: without `unitId` the dashboard opens on the caller's own unit. */
const unitPayload = (period: StatsPeriodInput, unitId?: string) => (unitId ? { period, unitId } : { period })

export const dashboard = (period: StatsPeriodInput, unitId?: string, options?: CallOptions) =>
  callFunction('stats', 'dashboard', unitPayload(period, unitId), options)

const branchPayload = (period: StatsPeriodInput, branchId?: string) => (branchId ? { period, branchId } : { period })

export const branchReport = (period: StatsPeriodInput, branchId?: string, options?: CallOptions) =>
  callFunction('stats', 'branchReport', branchPayload(period, branchId), options)

export const refreshStats = (period: StatsPeriodInput, branchId?: string) =>
  callFunction('stats', 'refreshStats', branchPayload(period, branchId))

export const exportDashboard = (period: StatsPeriodInput, unitId?: string) =>
  callFunction('stats', 'exportDashboard', unitPayload(period, unitId))

export const exportBranchReport = (period: StatsPeriodInput, branchId?: string) =>
  callFunction('stats', 'exportBranchReport', branchPayload(period, branchId))
