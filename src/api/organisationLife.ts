/** The `review` function's 谈心谈话, 组织生活会 and 政治生日 actions: one thin, typed wrapper per action the pages use. */
import type { Payload } from '@contract'
import { callFunction, type CallOptions } from './transport'

export const talkCoverage = (branchId: string, year: number, options?: CallOptions) =>
  callFunction('review', 'talkCoverage', { branchId, year }, options)

export const listTalks = (branchId: string, year: number, options?: CallOptions) =>
  callFunction('review', 'listTalks', { branchId, year }, options)

export const recordTalk = (payload: Payload<'review', 'recordTalk'>, options?: CallOptions) =>
  callFunction('review', 'recordTalk', payload, options)

/** Per branch the caller reaches: the compiled figures, of which the pages here show the talk coverage. */
export const talkDashboard = (year: number, options?: CallOptions) =>
  callFunction('review', 'reviewDashboard', { year }, options)

export const getLifeMeeting = (eventId: string, options?: CallOptions) =>
  callFunction('review', 'getLifeMeeting', { eventId }, options)

export const recordLifeMeeting = (payload: Payload<'review', 'recordLifeMeeting'>, options?: CallOptions) =>
  callFunction('review', 'recordLifeMeeting', payload, options)

export const submitCheckMaterial = (payload: Payload<'review', 'submitCheckMaterial'>, options?: CallOptions) =>
  callFunction('review', 'submitCheckMaterial', payload, options)

export const addRectification = (payload: Payload<'review', 'addRectification'>, options?: CallOptions) =>
  callFunction('review', 'addRectification', payload, options)

export const followUpRectification = (payload: Payload<'review', 'followUpRectification'>, options?: CallOptions) =>
  callFunction('review', 'followUpRectification', payload, options)

export const overdueRectifications = (options?: CallOptions) =>
  callFunction('review', 'overdueRectifications', {}, options)

export const politicalBirthdays = (options?: CallOptions) => callFunction('review', 'politicalBirthdays', {}, options)

export const addBirthdaysToAgenda = (payload: Payload<'review', 'addBirthdaysToAgenda'>) =>
  callFunction('review', 'addBirthdaysToAgenda', payload)
