/** The `events` cloud function: one thin, typed wrapper per action. */
import type { Payload } from '@contract'
import { callFunction, type CallOptions } from './transport'

export const createEvent = (payload: Payload<'events', 'createEvent'>, options?: CallOptions) =>
  callFunction('events', 'createEvent', payload, options)

export const updateEvent = (payload: Payload<'events', 'updateEvent'>, options?: CallOptions) =>
  callFunction('events', 'updateEvent', payload, options)

export const cancelEvent = (eventId: string, reason?: string) =>
  callFunction('events', 'cancelEvent', reason ? { eventId, reason } : { eventId })

export const getEvent = (eventId: string, options?: CallOptions) =>
  callFunction('events', 'getEvent', { eventId }, options)

export const listMyEvents = (options?: CallOptions) => callFunction('events', 'listMyEvents', {}, options)

export const listBranchEvents = (month: string, options?: CallOptions) =>
  callFunction('events', 'listBranchEvents', { month }, options)

export const currentCode = (eventId: string, options?: CallOptions) =>
  callFunction('events', 'currentCode', { eventId }, options)

export const checkIn = (payload: Payload<'events', 'checkIn'>, options?: CallOptions) =>
  callFunction('events', 'checkIn', payload, options)

export const requestLeave = (eventId: string, reason: string, options?: CallOptions) =>
  callFunction('events', 'requestLeave', { eventId, reason }, options)

export const decideLeave = (payload: Payload<'events', 'decideLeave'>, options?: CallOptions) =>
  callFunction('events', 'decideLeave', payload, options)

export const listPendingLeaves = (options?: CallOptions) => callFunction('events', 'listPendingLeaves', {}, options)

export const makeUpCheckIn = (payload: Payload<'events', 'makeUpCheckIn'>, options?: CallOptions) =>
  callFunction('events', 'makeUpCheckIn', payload, options)

export const listVenues = (options?: CallOptions) => callFunction('events', 'listVenues', {}, options)

export const closeCheckin = (eventId: string) => callFunction('events', 'closeCheckin', { eventId })

export const liveAttendance = (eventId: string, options?: CallOptions) =>
  callFunction('events', 'liveAttendance', { eventId }, options)

export const recordMinutes = (payload: Payload<'events', 'recordMinutes'>, options?: CallOptions) =>
  callFunction('events', 'recordMinutes', payload, options)

export const exportEventLedger = (eventId: string) => callFunction('events', 'exportEventLedger', { eventId })

export const exportMonthLedger = (month: string) => callFunction('events', 'exportMonthLedger', { month })

export const myAttendance = (options?: CallOptions) => callFunction('events', 'myAttendance', {}, options)
