import { developmentContract } from '../common/contract/development'
import { createFunction } from '../common/handler'
import { developmentActions } from './actions'

/** 党员发展: one file per person from the application to 转正, every step dated and checked. */
export const main = createFunction(developmentContract, developmentActions)
