/** The `dues` cloud function: one thin, typed wrapper per action the pages use. */
import type { Payload } from '@contract'
import { callFunction, type CallOptions } from './transport'

export const myDues = (options?: CallOptions) => callFunction('dues', 'myDues', {}, options)

export const declareBase = (payload: Payload<'dues', 'declareBase'>, options?: CallOptions) =>
  callFunction('dues', 'declareBase', payload, options)

export const payDues = (payload: Payload<'dues', 'payDues'>) => callFunction('dues', 'payDues', payload)

export const branchSheet = (branchId: string, month: string, options?: CallOptions) =>
  callFunction('dues', 'branchSheet', { branchId, month }, options)

export const recordPayment = (payload: Payload<'dues', 'recordPayment'>) =>
  callFunction('dues', 'recordPayment', payload)

export const exportDuesLedger = (branchId: string, period: string) =>
  callFunction('dues', 'exportDuesLedger', { branchId, period })

export const pendingBases = (branchId: string, options?: CallOptions) =>
  callFunction('dues', 'pendingBases', { branchId }, options)

export const confirmBase = (baseId: string) => callFunction('dues', 'confirmBase', { baseId })

export const returnBase = (baseId: string, reason: string, options?: CallOptions) =>
  callFunction('dues', 'returnBase', { baseId, reason }, options)

export const proposeRelief = (payload: Payload<'dues', 'proposeRelief'>, options?: CallOptions) =>
  callFunction('dues', 'proposeRelief', payload, options)

export const listReliefs = (payload: Payload<'dues', 'listReliefs'>, options?: CallOptions) =>
  callFunction('dues', 'listReliefs', payload, options)

export const decideRelief = (payload: Payload<'dues', 'decideRelief'>, options?: CallOptions) =>
  callFunction('dues', 'decideRelief', payload, options)

export const getDuesRules = (options?: CallOptions) => callFunction('dues', 'getDuesRules', {}, options)

export const setDuesRules = (payload: Payload<'dues', 'setDuesRules'>, options?: CallOptions) =>
  callFunction('dues', 'setDuesRules', payload, options)

export const importBases = (fileID: string, options?: CallOptions) =>
  callFunction('dues', 'importBases', { fileID }, options)

export const orderStatus = (orderNo: string, options?: CallOptions) =>
  callFunction('dues', 'orderStatus', { orderNo }, options)

export const conflictOrders = (branchId: string, options?: CallOptions) =>
  callFunction('dues', 'conflictOrders', { branchId }, options)

export const refundOrder = (orderNo: string, reason: string, options?: CallOptions) =>
  callFunction('dues', 'refundOrder', { orderNo, reason }, options)
