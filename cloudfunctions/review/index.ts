import { reviewContract } from '../common/contract/review'
import { createFunction } from '../common/handler'
import { reviewActions, reviewTimers } from './actions'

/** 民主评议党员 (anonymous 互评, 组织评定, 公示) and 谈心谈话 with this year's coverage. */
export const main = createFunction(reviewContract, reviewActions, reviewTimers)
