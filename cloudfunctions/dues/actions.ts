import type { duesContract } from '../common/contract/dues'
import type { ActionTable, TimerTable } from '../common/handler'
import { branchSheet } from './usecases/branchSheet'
import { compileDuesMonths } from './usecases/compileDuesMonths'
import { confirmBase } from './usecases/confirmBase'
import { conflictOrders } from './usecases/conflictOrders'
import { declareBase } from './usecases/declareBase'
import { decideRelief } from './usecases/decideRelief'
import { compileDuesMonth, duesOverview } from './usecases/duesOverview'
import { getDuesRules, setDuesRules } from './usecases/duesRules'
import { exportDuesLedger } from './usecases/exportDuesLedger'
import { importBases } from './usecases/importBases'
import { listReliefs } from './usecases/listReliefs'
import { myDues } from './usecases/myDues'
import { orderStatus } from './usecases/orderStatus'
import { payDues } from './usecases/payDues'
import { pendingBases } from './usecases/pendingBases'
import { proposeRelief } from './usecases/proposeRelief'
import { recordPayment } from './usecases/recordPayment'
import { refundOrder } from './usecases/refundOrder'
import { returnBase } from './usecases/returnBase'
import { reversePayment } from './usecases/reversePayment'

const branchManagers = ['secretary', 'admin'] as const
const readers = ['secretary', 'leader', 'admin'] as const

export const duesActions: ActionTable<typeof duesContract> = {
  myDues: { access: 'member', run: myDues },
  declareBase: { access: 'member', run: declareBase },
  payDues: { access: 'member', run: payDues },
  orderStatus: { access: 'member', run: orderStatus },
  pendingBases: { access: branchManagers, run: pendingBases },
  confirmBase: { access: branchManagers, run: confirmBase },
  returnBase: { access: branchManagers, run: returnBase },
  recordPayment: { access: ['secretary'], run: recordPayment },
  reversePayment: { access: branchManagers, run: reversePayment },
  conflictOrders: { access: branchManagers, run: conflictOrders },
  refundOrder: { access: branchManagers, run: refundOrder },
  branchSheet: { access: readers, run: branchSheet },
  exportDuesLedger: { access: readers, run: exportDuesLedger },
  proposeRelief: { access: ['secretary'], run: proposeRelief },
  listReliefs: { access: branchManagers, run: listReliefs },
  decideRelief: { access: ['admin'], run: decideRelief },
  getDuesRules: { access: 'member', run: getDuesRules },
  setDuesRules: { access: 'organisationAdmin', run: setDuesRules },
  importBases: { access: ['admin'], run: importBases },
  duesOverview: { access: ['leader', 'admin'], run: duesOverview },
  compileDuesMonth: { access: ['leader', 'admin'], run: compileDuesMonth },
}

/** Names match `triggers` in config.json. */
export const duesTimers: TimerTable = {
  compileDuesMonths,
}
