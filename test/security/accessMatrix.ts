/**
 * THE authorisation matrix: every action of every cloud function, the outcome
 * each of the nine identities must get, and a valid sample payload aimed at
 * 第一支部's real records (see fixture.ts).
 *
 * Cells, in the column order of IDENTITIES:
 *   A  allowed: the call passes every access check (it may still fail with a
 *      domain error such as CHECKIN_CODE_INVALID or CLAIM_NOT_PENDING, listed in
 *      outcomes.ts; any other code is a mismatch);
 *   D  denied: FORBIDDEN / NOT_BOUND or the domain's branch-scope code, nothing written;
 *   H  hidden: denied by answering "not found", exactly as for a missing record
 *      (any record of another branch: common/rules/access.ts `missing`), nothing written.
 *
 * The table is typed against the contract, so an action missing here is a
 * compile error, and authorisation.test.ts checks the same at run time.
 */
import type { ActionName, FunctionName, Payload } from '../../cloudfunctions/common/contract'
import { LOCAL_TEMPLATES } from '../../local/seed/notices'
import { ackNotice, type Fixture } from './fixture'

export const IDENTITIES = [
  'unbound',
  'member',
  'committee',
  'secretary',
  'otherSecretary',
  'leader',
  'admin',
  'subLeader',
  'otherAdmin',
] as const
export type Identity = (typeof IDENTITIES)[number]
export type Cell = 'A' | 'D' | 'H'

export interface Row<P> {
  /** Nine cells separated by spaces, one per identity in IDENTITIES order. */
  expect: string
  payload: (fixture: Fixture) => P
}

export type AccessMatrix = { [F in FunctionName]: { [A in ActionName<F>]: Row<Payload<F, A>> } }

const DAY = 24 * 3600 * 1000
const tomorrowAt = (hours: number) => new Date(Date.now() + DAY + hours * 3600 * 1000).toISOString()

const lecture = {
  type: 'party_lecture' as const,
  title: '专题党课：学习贯彻党章',
  agenda: '一、书记讲党课\n二、交流研讨',
  venue: { name: '三楼党员活动室', radius: 300 },
  start: tomorrowAt(0),
  end: tomorrowAt(2),
}

const period = (fixture: Fixture) => ({ kind: 'month' as const, key: fixture.month })

const B1_IDS = Array.from({ length: 20 }, (_, index) => `m${String(index + 1).padStart(3, '0')}`)
const reviewBallot = (fixture: Fixture) => ({
  reviewId: fixture.openReviewId,
  rateeId: 'm016',
  grade: 'qualified' as const,
})

// unbound member committee secretary otherSecretary leader admin subLeader otherAdmin
// (subLeader: leader of 二分公司党委, which holds 第二支部; otherAdmin: admin of that subtree)
export const accessMatrix: AccessMatrix = {
  members: {
    getMe: { expect: 'A A A A A A A A A', payload: () => ({}) },
    bind: { expect: 'A A A A A A A A A', payload: (fixture) => fixture.unboundEntry },
    listBranches: { expect: 'D A A A A A A A A', payload: () => ({}) },
    listRoster: { expect: 'D D D A D A A D D', payload: () => ({ branchId: 'b1' }) },
    searchRoster: { expect: 'D D D D D D A D A', payload: () => ({ query: '王' }) },
    createInvite: { expect: 'D D D A H D D D D', payload: () => ({ memberId: 'm020' }) },
    importRoster: {
      // The file is the admin's own upload: to the admin of another subtree it is missing.
      expect: 'D D D D D D A D H',
      payload: (fixture) => ({ fileID: fixture.rosterFileID, fileName: 'roster.csv', dryRun: true }),
    },
    setRoles: { expect: 'D D D D D D A D H', payload: () => ({ memberId: 'm012', roles: ['member', 'committee'] }) },
    moveMember: { expect: 'D D D D D D A D H', payload: () => ({ memberId: 'm014', branchId: 'b2', groupId: null }) },
    unbind: { expect: 'D D D D D D A D H', payload: () => ({ memberId: 'm013' }) },
    memberHistory: { expect: 'D D D D D D A D H', payload: () => ({ memberId: 'm012' }) },
    createReviewInvite: { expect: 'D D D D D D A D D', payload: () => ({ days: 7 }) },
    listUnits: { expect: 'D D D D D A A A A', payload: () => ({}) },
    createUnit: {
      expect: 'D D D D D D A D H',
      payload: () => ({ parentId: 'org', kind: 'branch', name: '第五支部', requestId: 'matrix-unit' }),
    },
    renameUnit: { expect: 'D D D D D D A D H', payload: () => ({ unitId: 'b3', name: '第三支部（更名）' }) },
    moveUnit: {
      expect: 'D D D D D D A D H',
      payload: (fixture) => ({ unitId: 'b4', parentId: fixture.generalUnitId }),
    },
    reorderUnits: {
      expect: 'D D D D D D A D A',
      payload: (fixture) => ({ parentId: fixture.subUnitId, unitIds: ['b2'] }),
    },
    deleteUnit: { expect: 'D D D D D D A D H', payload: (fixture) => ({ unitId: fixture.emptyUnitId }) },
    unitGrants: { expect: 'D D D D D D A D A', payload: (fixture) => ({ unitId: fixture.subUnitId }) },
    grantRole: {
      expect: 'D D D D D D A D A',
      payload: (fixture) => ({ unitId: fixture.subUnitId, memberId: 'm024', role: 'leader' }),
    },
    revokeRole: {
      expect: 'D D D D D D A D A',
      payload: (fixture) => ({ unitId: fixture.subUnitId, memberId: 'm024', role: 'leader' }),
    },
    transferOut: {
      expect: 'D D D D D D A D H',
      payload: (fixture) => ({
        memberId: 'm017',
        on: fixture.today,
        destination: '某市委组织部',
        letterNo: '组转字〔2026〕18号',
      }),
    },
    transferIn: {
      expect: 'D D D D D D A D H',
      payload: (fixture) => ({
        name: '周平',
        phone: '13900006666',
        branchId: 'b1',
        joinedOn: '2015-07-01',
        origin: '某县委组织部',
        letterNo: '组转字〔2026〕21号',
        on: fixture.today,
      }),
    },
    endMembership: {
      expect: 'D D D D D D A D H',
      payload: (fixture) => ({ memberId: 'm018', ending: 'deceased', on: fixture.today, reason: '因病去世' }),
    },
  },
  events: {
    createEvent: { expect: 'D D D A A D D D D', payload: () => ({ ...lecture, title: '新建党课' }) },
    updateEvent: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({ eventId: fixture.upcomingEventId, ...lecture }),
    },
    cancelEvent: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({ eventId: fixture.groupMeetingId, reason: '与生产任务冲突' }),
    },
    getEvent: { expect: 'D A A A H A A H H', payload: (fixture) => ({ eventId: fixture.openEventId }) },
    listMyEvents: { expect: 'D A A A A A A A A', payload: () => ({}) },
    myAttendance: { expect: 'D A A A A A A A A', payload: () => ({}) },
    listBranchEvents: {
      expect: 'D D A A D A A D D',
      payload: (fixture) => ({ branchId: 'b1', month: fixture.month }),
    },
    currentCode: { expect: 'D D D A H D D D D', payload: (fixture) => ({ eventId: fixture.openEventId }) },
    checkIn: {
      expect: 'D A A A H A A H H',
      payload: (fixture) => ({ eventId: fixture.openEventId, code: '000000' }),
    },
    requestLeave: {
      expect: 'D A A A H A A H H',
      payload: (fixture) => ({ eventId: fixture.upcomingEventId, reason: '出差在外' }),
    },
    decideLeave: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({ eventId: fixture.upcomingEventId, memberId: 'm008', approve: true }),
    },
    listPendingLeaves: { expect: 'D D D A A D D D D', payload: () => ({}) },
    makeUpCheckIn: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({ eventId: fixture.openEventId, memberId: 'm010', reason: '手机没电' }),
    },
    listVenues: { expect: 'D D D A A D D D D', payload: () => ({}) },
    closeCheckin: { expect: 'D D D A H D D D D', payload: (fixture) => ({ eventId: fixture.openEventId }) },
    liveAttendance: { expect: 'D D A A H A A H H', payload: (fixture) => ({ eventId: fixture.openEventId }) },
    recordMinutes: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({
        eventId: fixture.heldEventId,
        host: '王建国',
        recorder: '李秀英',
        agenda: '学习党章',
        text: '会议学习了党章，大家交流了体会。',
        photos: [],
      }),
    },
    exportEventLedger: { expect: 'D D A A H A A H H', payload: (fixture) => ({ eventId: fixture.heldEventId }) },
    exportMonthLedger: {
      expect: 'D D A A D A A D D',
      payload: (fixture) => ({ branchId: 'b1', month: fixture.month }),
    },
  },
  points: {
    getRules: { expect: 'D A A A A A A A A', payload: () => ({}) },
    updateRules: {
      expect: 'D D D D D D A D D',
      payload: ({ rules }) => ({
        expectedVersion: rules.version,
        categories: rules.categories.map((rule) => ({
          category: rule.category,
          points: rule.points,
          dailyCap: rule.dailyCap,
          monthlyCap: rule.monthlyCap,
          yearlyCap: rule.yearlyCap,
          needsApproval: rule.needsApproval,
          subtypeYearlyCaps: rule.subtypeYearlyCaps,
        })),
      }),
    },
    myPoints: { expect: 'D A A A A A A A A', payload: () => ({}) },
    listEntries: { expect: 'D D D A H A A H H', payload: () => ({ memberId: 'm010' }) },
    awardManually: {
      expect: 'D D D A H D A D H',
      payload: () => ({ memberId: 'm010', points: 2, reason: '志愿服务', requestId: 'matrix-award' }),
    },
    reverseEntry: {
      expect: 'D D D A H D A D H',
      payload: (fixture) => ({ entryId: fixture.entryId, reason: '重复记分' }),
    },
    listMaterials: { expect: 'D A A A A A A A A', payload: () => ({}) },
    getMaterial: { expect: 'D A A A H A A H H', payload: () => ({ materialId: 'mat-b1-safety' }) },
    publishMaterial: {
      expect: 'D D D A A D A D A',
      payload: () => ({
        kind: 'article',
        title: '安全生产知识',
        body: '安全生产，人人有责。请全体党员带头遵守安全规程。',
        requiredSeconds: 60,
      }),
    },
    updateMaterial: {
      expect: 'D D D A H D A D H',
      payload: () => ({
        materialId: 'mat-b1-safety',
        kind: 'article',
        title: '第一支部：安全生产与党建融合（修订）',
        body: '结合本部门安全生产工作，党员要在关键岗位、急难险重任务中发挥先锋模范作用。',
        requiredSeconds: 120,
      }),
    },
    withdrawMaterial: { expect: 'D D D A H D A D H', payload: () => ({ materialId: 'mat-b1-safety' }) },
    startStudy: { expect: 'D A A A H A A H H', payload: () => ({ materialId: 'mat-b1-safety' }) },
    completeStudy: { expect: 'D A A A H A A H H', payload: () => ({ materialId: 'mat-b1-safety' }) },
    submitClaim: {
      expect: 'D A A A A A A A A',
      payload: () => ({
        category: 'offline',
        title: '参观红色教育基地',
        content: '参观了革命纪念馆，重温了入党誓词。',
      }),
    },
    myClaims: { expect: 'D A A A A A A A A', payload: () => ({}) },
    reviewQueue: { expect: 'D D D A A D D D D', payload: () => ({}) },
    reviewClaim: {
      expect: 'D D D A H D A D H',
      payload: () => ({ claimId: 'seed-claim-pending-1', decision: 'approve' }),
    },
    rankMembers: {
      expect: 'D A A A D A A D D',
      payload: (fixture) => ({ ...period(fixture), scope: 'branch', branchId: 'b1' }),
    },
    rankBranches: { expect: 'D A A A A A A A A', payload: (fixture) => period(fixture) },
    reconcileTotals: { expect: 'D D D D D D A D D', payload: () => ({ repair: false }) },
    getSettings: { expect: 'D A A A A A A A A', payload: () => ({}) },
    updateSettings: { expect: 'D D D D D D A D D', payload: () => ({ rankingVisibility: 'full', studyTimed: true }) },
  },
  notices: {
    listMyNotices: { expect: 'D A A A A A A A A', payload: () => ({}) },
    noticeOverview: { expect: 'D A A A A A A A A', payload: () => ({}) },
    openNotice: { expect: 'D A A A H A A H H', payload: (fixture) => ({ noticeId: fixture.ackNoticeId }) },
    acknowledgeNotice: { expect: 'D A A A H A A H H', payload: (fixture) => ({ noticeId: fixture.ackNoticeId }) },
    publishOptions: { expect: 'D D D A A A A A A', payload: () => ({}) },
    publishNotice: {
      expect: 'D D D A D A A D D',
      payload: () => ({ ...ackNotice, audience: { scope: 'branches', branchIds: ['b1'] } }),
    },
    editNotice: {
      expect: 'D D D A H A A H H',
      payload: ({ ackNoticeId }) => {
        const { body, attachments, pinned, requiresAck } = ackNotice
        return { noticeId: ackNoticeId, version: 1, title: '（更正）学习通知', body, attachments, pinned, requiresAck }
      },
    },
    withdrawNotice: { expect: 'D D D A H A A H H', payload: () => ({ noticeId: 'n-demo-b1-dues' }) },
    listManagedNotices: { expect: 'D D D A A A A A A', payload: () => ({}) },
    getManagedNotice: { expect: 'D D D A H A A H H', payload: (fixture) => ({ noticeId: fixture.ackNoticeId }) },
    noticeReceipts: { expect: 'D D D A H A A H H', payload: (fixture) => ({ noticeId: fixture.ackNoticeId }) },
    remindUnread: { expect: 'D D D A H A A H H', payload: (fixture) => ({ noticeId: fixture.ackNoticeId }) },
    mySubscription: { expect: 'D A A A A A A A A', payload: () => ({}) },
    subscribe: { expect: 'D A A A A A A A A', payload: () => ({ templateIds: [LOCAL_TEMPLATES.notice] }) },
    getSubscribeSettings: { expect: 'D D D D D D A D D', payload: () => ({}) },
    updateSubscribeSettings: {
      expect: 'D D D D D D A D D',
      payload: () => ({ templates: { ...LOCAL_TEMPLATES }, leadMinutes: 30 }),
    },
  },
  stats: {
    dashboard: { expect: 'D D D D D A A A A', payload: (fixture) => ({ period: period(fixture) }) },
    branchReport: { expect: 'D D D A D A A D D', payload: (fixture) => ({ period: period(fixture), branchId: 'b1' }) },
    refreshStats: { expect: 'D D D A D A A D D', payload: (fixture) => ({ period: period(fixture), branchId: 'b1' }) },
    exportDashboard: { expect: 'D D D D D A A A A', payload: (fixture) => ({ period: period(fixture) }) },
    exportBranchReport: {
      expect: 'D D D A D A A D D',
      payload: (fixture) => ({ period: period(fixture), branchId: 'b1' }),
    },
  },
  review: {
    openReview: {
      expect: 'D D D A A D D D D',
      payload: (fixture) => ({ year: fixture.year, closesAt: tomorrowAt(7 * 24) }),
    },
    // The committee's steps aim at last year's finished review (REVIEW_FINAL once access passes),
    // so the open review stays open for the members' rows.
    closeReview: { expect: 'D D D A H D D D D', payload: (fixture) => ({ reviewId: fixture.finalReviewId }) },
    myReviewTasks: { expect: 'D A A A A A A A A', payload: () => ({}) },
    getMyReview: { expect: 'D A A A H A A H H', payload: (fixture) => ({ reviewId: fixture.openReviewId }) },
    submitSelfAssessment: {
      expect: 'D A A A H A A H H',
      payload: (fixture) => ({
        reviewId: fixture.openReviewId,
        text: '认真学习，按时参加组织生活。',
        grade: 'qualified',
      }),
    },
    castBallot: { expect: 'D A A A H A A H H', payload: (fixture) => reviewBallot(fixture) },
    changeBallot: { expect: 'D A A A H A A H H', payload: (fixture) => reviewBallot(fixture) },
    reviewProgress: { expect: 'D D A A H A A H H', payload: (fixture) => ({ reviewId: fixture.openReviewId }) },
    proposeGrades: {
      expect: 'D D A A H D D H H',
      payload: (fixture) => ({
        reviewId: fixture.finalReviewId,
        grades: B1_IDS.map((memberId) => ({ memberId, grade: 'qualified' as const })),
      }),
    },
    publishReview: { expect: 'D D D A H D D D D', payload: (fixture) => ({ reviewId: fixture.finalReviewId }) },
    raiseObjection: {
      expect: 'D A A A H A A H H',
      payload: (fixture) => ({ reviewId: fixture.finalReviewId, memberId: 'm016', text: '评定理由不充分' }),
    },
    answerObjection: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({
        reviewId: fixture.finalReviewId,
        objectionId: 'obj-any',
        answer: '经支委会复核，维持评定',
      }),
    },
    finaliseReview: { expect: 'D D D A H D D D D', payload: (fixture) => ({ reviewId: fixture.finalReviewId }) },
    updateReviewSettings: { expect: 'D D D D D D A D D', payload: () => ({ excellentPercent: 30 }) },
    getReviewSettings: { expect: 'D D D D D D A D D', payload: () => ({}) },
    recordTalk: {
      expect: 'D D A A D D D D D',
      payload: (fixture) => ({ withId: 'm016', on: fixture.today, kind: 'heart', topic: '年度思想交流' }),
    },
    listTalks: { expect: 'D D A A D A D D D', payload: (fixture) => ({ branchId: 'b1', year: fixture.year }) },
    talkCoverage: { expect: 'D D A A D A D D D', payload: (fixture) => ({ branchId: 'b1', year: fixture.year }) },
    refreshReviewFigures: {
      expect: 'D D D A D A A D D',
      payload: (fixture) => ({ branchId: 'b1', year: fixture.year }),
    },
    reviewDashboard: { expect: 'D D D D D A A A A', payload: (fixture) => ({ year: fixture.year }) },
    recordLifeMeeting: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({ eventId: fixture.lifeMeetingId, theme: '对照检查找差距' }),
    },
    submitCheckMaterial: {
      expect: 'D A A A H A A H H',
      payload: (fixture) => ({ eventId: fixture.lifeMeetingId, text: '查摆理论学习不够深入的问题。' }),
    },
    getLifeMeeting: { expect: 'D A A A H A A H H', payload: (fixture) => ({ eventId: fixture.lifeMeetingId }) },
    addRectification: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({
        eventId: fixture.lifeMeetingId,
        item: '完善学习制度',
        ownerId: 'm010',
        deadline: fixture.inAMonth,
      }),
    },
    followUpRectification: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({ rectificationId: fixture.rectificationId, done: false, note: '正在推进' }),
    },
    overdueRectifications: { expect: 'D D D A A D D D D', payload: () => ({}) },
    politicalBirthdays: { expect: 'D D D A A D D D D', payload: () => ({}) },
    // m010's 政治生日 is not this month or next (BIRTHDAY_MEMBER_OUTSIDE once access passes).
    addBirthdaysToAgenda: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({ eventId: fixture.openEventId, memberIds: ['m010'] }),
    },
  },
  files: {
    // The admin's own roster upload: registering it again is a no-op for its owner, and to
    // everyone else it is a file they may not see, answered as missing.
    registerUpload: {
      expect: 'D H H H H H A H H',
      payload: (fixture) => ({ fileID: fixture.rosterFileID, name: 'roster.csv' }),
    },
    fileLinks: { expect: 'D H H H H H A H H', payload: (fixture) => ({ fileIDs: [fixture.rosterFileID] }) },
  },
  dues: {
    myDues: { expect: 'D A A A A A A A A', payload: () => ({}) },
    declareBase: {
      expect: 'D A A A A A A A A',
      payload: ({ dues }) => ({ category: 'employed', fromMonth: dues.nextMonth, payFen: 600_000 }),
    },
    pendingBases: { expect: 'D D D A D D A D D', payload: () => ({ branchId: 'b1' }) },
    confirmBase: { expect: 'D D D A H D A D H', payload: ({ dues }) => ({ baseId: dues.declaredBaseId }) },
    conflictOrders: { expect: 'D D D A H D A D H', payload: () => ({ branchId: 'b1' }) },
    refundOrder: {
      expect: 'D D D A H D A D H',
      payload: ({ dues }) => ({ orderNo: dues.orderNo, reason: '该月已现金缴纳，退回微信支付' }),
    },
    returnBase: {
      expect: 'D D D A H D A D H',
      payload: ({ dues }) => ({ baseId: dues.declaredBaseId, reason: '请补充收入证明' }),
    },
    importBases: { expect: 'D D D D D D A D H', payload: (fixture) => ({ fileID: fixture.rosterFileID }) },
    payDues: { expect: 'D A A A A A A A A', payload: (fixture) => ({ months: [fixture.month] }) },
    orderStatus: { expect: 'D A H H H H H H H', payload: ({ dues }) => ({ orderNo: dues.orderNo }) },
    recordPayment: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({
        memberId: 'm010',
        months: [fixture.month],
        method: 'cash',
        paidOn: `${fixture.month}-01`,
      }),
    },
    reversePayment: {
      expect: 'D D D A H D A D H',
      payload: ({ dues }) => ({ paymentId: dues.paymentId, reason: '登记错误，冲正' }),
    },
    branchSheet: { expect: 'D D D A D A A D D', payload: (fixture) => ({ branchId: 'b1', month: fixture.month }) },
    exportDuesLedger: {
      expect: 'D D D A D A A D D',
      payload: (fixture) => ({ branchId: 'b1', period: fixture.month }),
    },
    proposeRelief: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({
        memberId: 'm012',
        kind: 'exempt',
        fromMonth: fixture.month,
        toMonth: fixture.month,
        reason: '生活困难',
      }),
    },
    listReliefs: { expect: 'D D D A A D A D A', payload: () => ({}) },
    decideRelief: { expect: 'D D D D D D A D H', payload: ({ dues }) => ({ reliefId: dues.reliefId, approve: true }) },
    getDuesRules: { expect: 'D A A A A A A A A', payload: () => ({}) },
    setDuesRules: {
      expect: 'D D D D D D A D D',
      payload: ({ dues }) => ({
        fromMonth: dues.nextMonth,
        employed: [
          { upToFen: 300_000, rateBp: 50 },
          { upToFen: null, rateBp: 100 },
        ],
        retired: [{ upToFen: null, rateBp: 50 }],
        flatFen: 20,
        deductInsurance: true,
      }),
    },
    duesOverview: { expect: 'D D D D D A A A A', payload: (fixture) => ({ month: fixture.month }) },
    compileDuesMonth: { expect: 'D D D D D A A A A', payload: (fixture) => ({ month: fixture.month }) },
  },
  development: {
    addApplicant: {
      expect: 'D D D A A D D D D',
      payload: () => ({ name: '赵新', phone: '13900004444', birthDate: '2000-01-01', appliedOn: '2026-01-05' }),
    },
    recordStep: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({
        personId: fixture.developmentPersonId,
        kind: 'talk',
        on: fixture.today,
        talkerId: 'm001',
        notes: '入党谈话',
      }),
    },
    developmentFile: {
      expect: 'D D A A H A A H H',
      payload: (fixture) => ({ personId: fixture.developmentPersonId }),
    },
    branchPipeline: { expect: 'D D A A D A A D D', payload: () => ({ branchId: 'b1' }) },
    exportDevelopmentPapers: {
      expect: 'D D D A H D D D D',
      payload: (fixture) => ({ personId: fixture.developmentPersonId }),
    },
    pipelineOverview: { expect: 'D D D D D A A A A', payload: () => ({}) },
  },
}

/** The cells of a row, keyed by identity. */
export const cellsOf = (row: Row<unknown>): Record<Identity, Cell> => {
  const cells = row.expect.trim().split(/\s+/)
  if (cells.length !== IDENTITIES.length || cells.some((cell) => !'ADH'.includes(cell)))
    throw new Error(`matrix row "${row.expect}" needs ${IDENTITIES.length} cells of A, D or H`)
  return Object.fromEntries(IDENTITIES.map((identity, index) => [identity, cells[index] as Cell])) as Record<
    Identity,
    Cell
  >
}
