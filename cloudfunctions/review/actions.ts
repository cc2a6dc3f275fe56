import type { reviewContract } from '../common/contract/review'
import type { ActionTable, TimerTable } from '../common/handler'
import { addBirthdaysToAgenda } from './usecases/addBirthdaysToAgenda'
import { addRectification } from './usecases/addRectification'
import { answerObjection } from './usecases/answerObjection'
import { castBallot } from './usecases/castBallot'
import { changeBallot } from './usecases/changeBallot'
import { closeReview } from './usecases/closeReview'
import { finaliseReview } from './usecases/finaliseReview'
import { followUpRectification } from './usecases/followUpRectification'
import { getLifeMeeting } from './usecases/getLifeMeeting'
import { getMyReview } from './usecases/getMyReview'
import { getReviewSettings } from './usecases/getReviewSettings'
import { listTalks } from './usecases/listTalks'
import { myReviewTasks } from './usecases/myReviewTasks'
import { openReview } from './usecases/openReview'
import { overdueRectifications } from './usecases/overdueRectifications'
import { politicalBirthdays } from './usecases/politicalBirthdays'
import { proposeGrades } from './usecases/proposeGrades'
import { publishReview } from './usecases/publishReview'
import { raiseObjection } from './usecases/raiseObjection'
import { recordLifeMeeting } from './usecases/recordLifeMeeting'
import { recordTalk } from './usecases/recordTalk'
import { refreshReviewFigures } from './usecases/refreshReviewFigures'
import { reviewDashboard } from './usecases/reviewDashboard'
import { reviewProgress } from './usecases/reviewProgress'
import { submitCheckMaterial } from './usecases/submitCheckMaterial'
import { submitSelfAssessment } from './usecases/submitSelfAssessment'
import { talkCoverage } from './usecases/talkCoverage'
import { updateReviewSettings } from './usecases/updateReviewSettings'
import { sealDueReviews } from './sealDueReviews'
import { sendBirthdayGreetings } from './sendBirthdayGreetings'

/**
 * Branch scoping is checked in each use case with common/rules/access.ts;
 * talk notes answer TALK_FORBIDDEN to anyone outside the committee and leaders.
 */
const committee = ['secretary', 'committee'] as const
const figureReaders = ['secretary', 'leader', 'admin'] as const

export const reviewActions: ActionTable<typeof reviewContract> = {
  openReview: { access: ['secretary'], run: openReview },
  closeReview: { access: ['secretary'], run: closeReview },
  myReviewTasks: { access: 'member', run: myReviewTasks },
  getMyReview: { access: 'member', run: getMyReview },
  submitSelfAssessment: { access: 'member', run: submitSelfAssessment },
  castBallot: { access: 'member', run: castBallot },
  changeBallot: { access: 'member', run: changeBallot },
  reviewProgress: { access: ['secretary', 'committee', 'leader', 'admin'], run: reviewProgress },
  proposeGrades: { access: committee, run: proposeGrades },
  publishReview: { access: ['secretary'], run: publishReview },
  raiseObjection: { access: 'member', run: raiseObjection },
  answerObjection: { access: ['secretary'], run: answerObjection },
  finaliseReview: { access: ['secretary'], run: finaliseReview },
  updateReviewSettings: { access: 'organisationAdmin', run: updateReviewSettings },
  getReviewSettings: { access: 'organisationAdmin', run: getReviewSettings },
  recordTalk: { access: committee, run: recordTalk },
  listTalks: { access: 'member', run: listTalks },
  talkCoverage: { access: 'member', run: talkCoverage },
  refreshReviewFigures: { access: figureReaders, run: refreshReviewFigures },
  reviewDashboard: { access: ['leader', 'admin'], run: reviewDashboard },
  recordLifeMeeting: { access: ['secretary'], run: recordLifeMeeting },
  submitCheckMaterial: { access: 'member', run: submitCheckMaterial },
  getLifeMeeting: { access: 'member', run: getLifeMeeting },
  addRectification: { access: ['secretary'], run: addRectification },
  followUpRectification: { access: ['secretary'], run: followUpRectification },
  overdueRectifications: { access: ['secretary'], run: overdueRectifications },
  politicalBirthdays: { access: ['secretary'], run: politicalBirthdays },
  addBirthdaysToAgenda: { access: ['secretary'], run: addBirthdaysToAgenda },
}

/** config.json: `sealDueReviews` at 01:00 and `sendBirthdayGreetings` at 08:00 Asia/Shanghai every day. */
export const reviewTimers: TimerTable = { sealDueReviews, sendBirthdayGreetings }
