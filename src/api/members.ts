/** The `members` cloud function: one thin, typed wrapper per action. */
import type { Payload } from '@contract'
import { callFunction, type CallOptions } from './transport'

export const getMe = (options?: CallOptions) => callFunction('members', 'getMe', {}, options)

export const bind = (payload: Payload<'members', 'bind'>, options?: CallOptions) =>
  callFunction('members', 'bind', payload, options)

export const listBranches = (options?: CallOptions) => callFunction('members', 'listBranches', {}, options)

export const listRoster = (branchId?: string, options?: CallOptions) =>
  callFunction('members', 'listRoster', branchId ? { branchId } : {}, options)

export const searchRoster = (query: string, options?: CallOptions) =>
  callFunction('members', 'searchRoster', { query }, options)

export const createInvite = (memberId: string) => callFunction('members', 'createInvite', { memberId })

export const importRoster = (payload: Payload<'members', 'importRoster'>, options?: CallOptions) =>
  callFunction('members', 'importRoster', payload, options)

export const setRoles = (payload: Payload<'members', 'setRoles'>) => callFunction('members', 'setRoles', payload)

export const moveMember = (payload: Payload<'members', 'moveMember'>) => callFunction('members', 'moveMember', payload)

export const unbind = (memberId: string) => callFunction('members', 'unbind', { memberId })

export const memberHistory = (memberId: string, options?: CallOptions) =>
  callFunction('members', 'memberHistory', { memberId }, options)

export const createReviewInvite = (days: number) => callFunction('members', 'createReviewInvite', { days })
