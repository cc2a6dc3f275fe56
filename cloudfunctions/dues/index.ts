import { duesContract } from '../common/contract/dues'
import { createFunction } from '../common/handler'
import { duesActions, duesTimers } from './actions'
import { paymentCallback } from './payment/callback'

/** 党费: bases, amounts, WeChat Pay (and its payment result), cash records, reversals, reliefs, arrears, 台账. */
export const main = createFunction(duesContract, duesActions, duesTimers, paymentCallback)
