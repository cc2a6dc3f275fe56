/** The `review` cloud function's 民主评议 actions: one thin, typed wrapper per action the pages use. */
import type { Payload } from '@contract'
import type { Grade } from '@contract/reviewLabels'
import { callFunction, type CallOptions } from './transport'

type Ref = { reviewId: string }

export const myReviewTasks = (options?: CallOptions) => callFunction('review', 'myReviewTasks', {}, options)

export const getMyReview = (reviewId: string, options?: CallOptions) =>
  callFunction('review', 'getMyReview', { reviewId }, options)

export const submitSelfAssessment = (payload: Payload<'review', 'submitSelfAssessment'>, options?: CallOptions) =>
  callFunction('review', 'submitSelfAssessment', payload, options)

/** A first ballot for this member, or a change of the caller's earlier one. */
export const sendBallot = (reviewId: string, rateeId: string, grade: Grade, change: boolean) =>
  callFunction('review', change ? 'changeBallot' : 'castBallot', { reviewId, rateeId, grade }, { silent: true })

export const raiseObjection = (payload: Payload<'review', 'raiseObjection'>, options?: CallOptions) =>
  callFunction('review', 'raiseObjection', payload, options)

export const openReview = (payload: Payload<'review', 'openReview'>, options?: CallOptions) =>
  callFunction('review', 'openReview', payload, options)

export const reviewProgress = (reviewId: string, options?: CallOptions) =>
  callFunction('review', 'reviewProgress', { reviewId }, options)

export const closeReview = (ref: Ref) => callFunction('review', 'closeReview', ref)

export const proposeGrades = (payload: Payload<'review', 'proposeGrades'>, options?: CallOptions) =>
  callFunction('review', 'proposeGrades', payload, options)

export const publishReview = (ref: Ref) => callFunction('review', 'publishReview', ref)

export const finaliseReview = (ref: Ref, options?: CallOptions) =>
  callFunction('review', 'finaliseReview', ref, options)

export const answerObjection = (payload: Payload<'review', 'answerObjection'>, options?: CallOptions) =>
  callFunction('review', 'answerObjection', payload, options)

export const reviewDashboard = (year: number, options?: CallOptions) =>
  callFunction('review', 'reviewDashboard', { year }, options)

export const getReviewSettings = (options?: CallOptions) => callFunction('review', 'getReviewSettings', {}, options)

export const updateReviewSettings = (payload: Payload<'review', 'updateReviewSettings'>, options?: CallOptions) =>
  callFunction('review', 'updateReviewSettings', payload, options)
