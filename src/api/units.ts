/** The units admin's actions (组织架构), served by the `members` cloud function. */
import type { Payload } from '@contract'
import { callFunction, type CallOptions } from './transport'

export const listUnits = (options?: CallOptions) => callFunction('members', 'listUnits', {}, options)

export const createUnit = (payload: Payload<'members', 'createUnit'>, options?: CallOptions) =>
  callFunction('members', 'createUnit', payload, options)

export const renameUnit = (payload: Payload<'members', 'renameUnit'>, options?: CallOptions) =>
  callFunction('members', 'renameUnit', payload, options)

export const moveUnit = (payload: Payload<'members', 'moveUnit'>) => callFunction('members', 'moveUnit', payload)

export const reorderUnits = (payload: Payload<'members', 'reorderUnits'>) =>
  callFunction('members', 'reorderUnits', payload)

export const deleteUnit = (unitId: string, options?: CallOptions) =>
  callFunction('members', 'deleteUnit', { unitId }, options)

export const unitGrants = (unitId: string, options?: CallOptions) =>
  callFunction('members', 'unitGrants', { unitId }, options)

export const grantRole = (payload: Payload<'members', 'grantRole'>) => callFunction('members', 'grantRole', payload)

export const revokeRole = (payload: Payload<'members', 'revokeRole'>) => callFunction('members', 'revokeRole', payload)
