/** The `points` cloud function: one thin, typed wrapper per action. */
import type { Payload } from '@contract'
import { callFunction, type CallOptions } from './transport'

export const getRules = (options?: CallOptions) => callFunction('points', 'getRules', {}, options)

export const updateRules = (payload: Payload<'points', 'updateRules'>, options?: CallOptions) =>
  callFunction('points', 'updateRules', payload, options)

export const myPoints = (options?: CallOptions) => callFunction('points', 'myPoints', {}, options)

export const listEntries = (payload: Payload<'points', 'listEntries'>, options?: CallOptions) =>
  callFunction('points', 'listEntries', payload, options)

export const awardManually = (payload: Payload<'points', 'awardManually'>, options?: CallOptions) =>
  callFunction('points', 'awardManually', payload, options)

export const reverseEntry = (payload: Payload<'points', 'reverseEntry'>, options?: CallOptions) =>
  callFunction('points', 'reverseEntry', payload, options)

export const listMaterials = (options?: CallOptions) => callFunction('points', 'listMaterials', {}, options)

export const getMaterial = (materialId: string, options?: CallOptions) =>
  callFunction('points', 'getMaterial', { materialId }, options)

export const publishMaterial = (payload: Payload<'points', 'publishMaterial'>, options?: CallOptions) =>
  callFunction('points', 'publishMaterial', payload, options)

export const startStudy = (materialId: string, options?: CallOptions) =>
  callFunction('points', 'startStudy', { materialId }, options)

export const completeStudy = (materialId: string, options?: CallOptions) =>
  callFunction('points', 'completeStudy', { materialId }, options)

export const submitClaim = (payload: Payload<'points', 'submitClaim'>, options?: CallOptions) =>
  callFunction('points', 'submitClaim', payload, options)

export const myClaims = (options?: CallOptions) => callFunction('points', 'myClaims', {}, options)

export const reviewQueue = (payload: Payload<'points', 'reviewQueue'>, options?: CallOptions) =>
  callFunction('points', 'reviewQueue', payload, options)

export const reviewClaim = (payload: Payload<'points', 'reviewClaim'>, options?: CallOptions) =>
  callFunction('points', 'reviewClaim', payload, options)

export const rankMembers = (payload: Payload<'points', 'rankMembers'>, options?: CallOptions) =>
  callFunction('points', 'rankMembers', payload, options)

export const rankBranches = (payload: Payload<'points', 'rankBranches'>, options?: CallOptions) =>
  callFunction('points', 'rankBranches', payload, options)

export const reconcileTotals = (repair: boolean) => callFunction('points', 'reconcileTotals', { repair })

export const getPointsSettings = (options?: CallOptions) => callFunction('points', 'getSettings', {}, options)

export const updatePointsSettings = (payload: Payload<'points', 'updateSettings'>, options?: CallOptions) =>
  callFunction('points', 'updateSettings', payload, options)

export const updateMaterial = (payload: Payload<'points', 'updateMaterial'>, options?: CallOptions) =>
  callFunction('points', 'updateMaterial', payload, options)

export const withdrawMaterial = (materialId: string, options?: CallOptions) =>
  callFunction('points', 'withdrawMaterial', { materialId }, options)
