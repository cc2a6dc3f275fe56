/**
 * The contract between the mini-program and the cloud functions: one entry
 * per function, each mapping action names to an input schema and result type.
 * The client imports it as types only, so zod never reaches the package.
 */
import { developmentContract } from './development'
import { duesContract } from './dues'
import { eventsContract } from './events'
import { filesContract } from './files'
import { membersContract } from './members'
import { noticesContract } from './notices'
import { pointsContract } from './points'
import { reviewContract } from './review'
import { statsContract } from './stats'
import type { InputOf, OutputOf } from './define'

export const contract = {
  members: membersContract,
  events: eventsContract,
  points: pointsContract,
  notices: noticesContract,
  stats: statsContract,
  files: filesContract,
  review: reviewContract,
  dues: duesContract,
  development: developmentContract,
}

export type Contract = typeof contract
export type FunctionName = keyof Contract
export type ActionName<F extends FunctionName> = keyof Contract[F] & string
export type Payload<F extends FunctionName, A extends ActionName<F>> = InputOf<Contract[F][A]>
export type Result<F extends FunctionName, A extends ActionName<F>> = OutputOf<Contract[F][A]>

export * from './common'
export * from './errors'
export type * from './members'
export type * from './units'
export type * from './events'
export type * from './points'
export type * from './notices'
export type * from './stats'
export type * from './files'
export type * from './review'
export type * from './lifeMeeting'
export type * from './birthdays'
export type * from './dues'
export type * from './development'
