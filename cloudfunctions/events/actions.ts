import type { eventsContract } from '../common/contract/events'
import type { ActionTable } from '../common/handler'
import { cancelEvent } from './usecases/cancelEvent'
import { checkIn } from './usecases/checkIn'
import { closeCheckin } from './usecases/closeCheckin'
import { createEvent } from './usecases/createEvent'
import { currentCode } from './usecases/currentCode'
import { decideLeave } from './usecases/decideLeave'
import { exportEventLedger } from './usecases/exportEventLedger'
import { exportMonthLedger } from './usecases/exportMonthLedger'
import { getEvent } from './usecases/getEvent'
import { listBranchEvents } from './usecases/listBranchEvents'
import { listMyEvents } from './usecases/listMyEvents'
import { listPendingLeaves } from './usecases/listPendingLeaves'
import { listVenues } from './usecases/listVenues'
import { liveAttendance } from './usecases/liveAttendance'
import { myAttendance } from './usecases/myAttendance'
import { makeUpCheckIn } from './usecases/makeUpCheckIn'
import { recordMinutes } from './usecases/recordMinutes'
import { requestLeave } from './usecases/requestLeave'
import { updateEvent } from './usecases/updateEvent'

/** Branch scoping (own branch only, committee for attendance) is checked inside each use case. */
const attendanceReaders = ['secretary', 'committee', 'leader', 'admin'] as const

export const eventsActions: ActionTable<typeof eventsContract> = {
  createEvent: { access: ['secretary'], run: createEvent },
  updateEvent: { access: ['secretary'], run: updateEvent },
  cancelEvent: { access: ['secretary'], run: cancelEvent },
  getEvent: { access: 'member', run: getEvent },
  listMyEvents: { access: 'member', run: listMyEvents },
  myAttendance: { access: 'member', run: myAttendance },
  listBranchEvents: { access: attendanceReaders, run: listBranchEvents },
  currentCode: { access: ['secretary'], run: currentCode },
  checkIn: { access: 'member', run: checkIn },
  requestLeave: { access: 'member', run: requestLeave },
  decideLeave: { access: ['secretary'], run: decideLeave },
  listPendingLeaves: { access: ['secretary'], run: listPendingLeaves },
  makeUpCheckIn: { access: ['secretary'], run: makeUpCheckIn },
  listVenues: { access: ['secretary'], run: listVenues },
  closeCheckin: { access: ['secretary'], run: closeCheckin },
  liveAttendance: { access: attendanceReaders, run: liveAttendance },
  recordMinutes: { access: ['secretary'], run: recordMinutes },
  exportEventLedger: { access: attendanceReaders, run: exportEventLedger },
  exportMonthLedger: { access: attendanceReaders, run: exportMonthLedger },
}
