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
