/**
 * Every collection of the project and its indexes, declared once.
 * The local database creates and enforces these; operators create the same
 * collections and indexes in the cloud console (README "Deployment").
 * Unique indexes treat a missing field as null (as MongoDB and the cloud do),
 * so never put a unique index on an optional field: use a natural `_id` instead.
 */
export interface IndexSpec {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
}

export interface CollectionSpec {
  name: string
  indexes: IndexSpec[]
}

/** Keeps the names literal (a typo is a compile error) and every spec checked. */
const declare = <K extends string>(specs: Record<K, CollectionSpec>): Record<K, CollectionSpec> => specs

export const collections = declare({
  /** The organisation tree (models/units.ts); a subtree is `where({ ancestors: unitId })`. */
  units: {
    name: 'units',
    indexes: [
      { name: 'ancestors_kind_order', keys: { ancestors: 1, kind: 1, order: 1 } },
      { name: 'parent_order', keys: { parentId: 1, order: 1 } },
    ],
  },
  unitHistory: { name: 'unitHistory', indexes: [{ name: 'unit_at', keys: { unitId: 1, at: -1 } }] },
  members: {
    name: 'members',
    indexes: [
      { name: 'branch_status', keys: { branchId: 1, status: 1 } },
      /** A unit's members at any depth: `where({ unitIds: unitId, status })`. */
      { name: 'units_status', keys: { unitIds: 1, status: 1 } },
      /** Who holds a role on a unit (组织架构). */
      { name: 'grant_units', keys: { 'grants.unitId': 1 } },
      { name: 'phone', keys: { phone: 1 } },
      { name: 'openid', keys: { openid: 1 } },
    ],
  },
  bindings: { name: 'bindings', indexes: [{ name: 'member', keys: { memberId: 1 } }] },
  bindAttempts: { name: 'bindAttempts', indexes: [{ name: 'openid_at', keys: { openid: 1, at: -1 } }] },
  invites: { name: 'invites', indexes: [{ name: 'member', keys: { memberId: 1 } }] },
  memberHistory: { name: 'memberHistory', indexes: [{ name: 'member_at', keys: { memberId: 1, at: -1 } }] },
  /** Points: the append-only ledger (`_id` = idempotency key) and the per-member running totals it feeds. */
  pointsLedger: {
    name: 'pointsLedger',
    indexes: [
      { name: 'member_created', keys: { memberId: 1, createdAt: -1 } },
      { name: 'branch_created', keys: { branchId: 1, createdAt: -1 } },
      /** Statistics sum a branch's entries by the months they count in (stats/compile/sources/points.ts). */
      { name: 'branch_month', keys: { branchId: 1, 'periods.month': 1 } },
    ],
  },
  pointsTotals: {
    name: 'pointsTotals',
    indexes: [
      // memberId last: rankings order by points desc, memberId asc, so the top 50 are the index's first 50 entries.
      { name: 'period_points', keys: { periodKey: 1, points: -1, memberId: 1 } },
      { name: 'period_branch_points', keys: { periodKey: 1, branchId: 1, points: -1, memberId: 1 } },
      // A unit's top 50 at any depth: unitIds is an array, so one index entry per unit on the member's path.
      { name: 'period_units_points', keys: { periodKey: 1, unitIds: 1, points: -1, memberId: 1 } },
    ],
  },
  pointsRules: { name: 'pointsRules', indexes: [] },
  /** The organisation's settings, one document per domain (`points`: ranking visibility, study timing). */
  orgSettings: { name: 'orgSettings', indexes: [] },
  studyMaterials: {
    name: 'studyMaterials',
    indexes: [{ name: 'branch_published', keys: { branchId: 1, publishedAt: -1 } }],
  },
  studySessions: { name: 'studySessions', indexes: [{ name: 'member', keys: { memberId: 1 } }] },
  pointsClaims: {
    name: 'pointsClaims',
    indexes: [
      { name: 'branch_status_created', keys: { branchId: 1, status: 1, createdAt: 1 } },
      { name: 'member_created', keys: { memberId: 1, createdAt: -1 } },
    ],
  },
  /** Dues (issue 17): rule versions, bases, reliefs, the append-only payments, WeChat Pay orders, compiled branch-months. */
  duesRules: { name: 'duesRules', indexes: [] },
  duesBases: {
    name: 'duesBases',
    indexes: [
      { name: 'member_from', keys: { memberId: 1, fromMonth: 1 } },
      { name: 'branch_status', keys: { branchId: 1, status: 1 } },
    ],
  },
  duesReliefs: {
    name: 'duesReliefs',
    indexes: [
      { name: 'member_from', keys: { memberId: 1, fromMonth: 1 } },
      { name: 'status_proposed', keys: { status: 1, proposedAt: 1 } },
    ],
  },
  duesPayments: {
    name: 'duesPayments',
    /** A branch's month sheet reads its members' records of that month: O(members), never the whole ledger. */
    indexes: [{ name: 'member_month', keys: { memberId: 1, month: 1 } }],
  },
  duesOrders: {
    name: 'duesOrders',
    indexes: [
      { name: 'member_created', keys: { memberId: 1, createdAt: -1 } },
      { name: 'branch_status', keys: { branchId: 1, status: 1 } },
    ],
  },
  duesRefunds: { name: 'duesRefunds', indexes: [{ name: 'branch_created', keys: { branchId: 1, createdAt: -1 } }] },
  duesBranchMonths: { name: 'duesBranchMonths', indexes: [{ name: 'month_branch', keys: { month: 1, branchId: 1 } }] },
  duesArrears: { name: 'duesArrears', indexes: [{ name: 'branch_month', keys: { branchId: 1, month: 1 } }] },
  notices: {
    name: 'notices',
    indexes: [
      { name: 'branches_status_published', keys: { branchIds: 1, status: 1, publishedAt: -1 } },
      { name: 'status_published', keys: { status: 1, publishedAt: -1 } },
      { name: 'event', keys: { eventId: 1 } },
    ],
  },
  noticeVersions: { name: 'noticeVersions', indexes: [{ name: 'notice_version', keys: { noticeId: 1, version: -1 } }] },
  noticeReads: {
    name: 'noticeReads',
    indexes: [
      { name: 'notice', keys: { noticeId: 1 } },
      { name: 'member', keys: { memberId: 1 } },
      { name: 'branch_read', keys: { branchId: 1, readAt: 1 } },
    ],
  },
  noticeAcks: {
    name: 'noticeAcks',
    indexes: [
      { name: 'notice', keys: { noticeId: 1 } },
      { name: 'member', keys: { memberId: 1 } },
      { name: 'branch_acked', keys: { branchId: 1, ackedAt: 1 } },
    ],
  },
  noticeSubscriptions: { name: 'noticeSubscriptions', indexes: [{ name: 'member', keys: { memberId: 1 } }] },
  noticeDeliveries: {
    name: 'noticeDeliveries',
    indexes: [
      { name: 'notice', keys: { noticeId: 1 } },
      { name: 'event', keys: { eventId: 1 } },
    ],
  },
  noticeSettings: { name: 'noticeSettings', indexes: [] },
  events: {
    name: 'events',
    indexes: [
      { name: 'branch_start', keys: { branchId: 1, start: -1 } },
      { name: 'branch_type_start', keys: { branchId: 1, type: 1, start: 1 } },
      { name: 'status_start', keys: { status: 1, start: 1 } },
    ],
  },
  /** `_id` `<eventId>:<memberId>`; the unique index states the rule for the cloud console too. */
  checkins: {
    name: 'checkins',
    indexes: [
      { name: 'event_member', keys: { eventId: 1, memberId: 1 }, unique: true },
      { name: 'branch_at', keys: { branchId: 1, at: -1 } },
      { name: 'member_at', keys: { memberId: 1, at: -1 } },
    ],
  },
  leaves: {
    name: 'leaves',
    indexes: [
      { name: 'event_member', keys: { eventId: 1, memberId: 1 }, unique: true },
      { name: 'branch_status', keys: { branchId: 1, status: 1 } },
    ],
  },
  /** Compiled branch statistics, `_id` `<branchId>:<periodKey>` (stats function). */
  statsSnapshots: { name: 'statsSnapshots', indexes: [{ name: 'period_branch', keys: { periodKey: 1, branchId: 1 } }] },
  /** A non-branch unit's figures for one period, rolled up from its children's snapshots (stats/rollup). */
  unitSnapshots: { name: 'unitSnapshots', indexes: [{ name: 'period_unit', keys: { periodKey: 1, unitId: 1 } }] },
  /** 民主评议党员: one per branch and year, `_id` `<branchId>:<year>` (review function). */
  reviews: { name: 'reviews', indexes: [{ name: 'branch_year', keys: { branchId: 1, year: -1 } }] },
  /** A review's ballot key (`_id` = reviewId), read only by the ballot use cases and removed when voting closes. */
  reviewKeys: { name: 'reviewKeys', indexes: [] },
  /** One per member and review (`<reviewId>:<memberId>`): the 自评 and how many ballots the member cast. */
  reviewSheets: { name: 'reviewSheets', indexes: [{ name: 'review', keys: { reviewId: 1 } }] },
  /** Anonymous 互评 ballots: `_id` = HMAC(review key, rater:ratee); no rater, no time. */
  reviewBallots: { name: 'reviewBallots', indexes: [{ name: 'review_ratee', keys: { reviewId: 1, rateeId: 1 } }] },
  reviewObjections: { name: 'reviewObjections', indexes: [{ name: 'review_at', keys: { reviewId: 1, at: 1 } }] },
  /** 谈心谈话 records, private to the branch committee and leaders. */
  /** 党员发展 files (一人一档); a unit's pipeline is `where({ unitIds: unitId })`. */
  developmentPeople: {
    name: 'developmentPeople',
    indexes: [
      { name: 'branch_stage', keys: { branchId: 1, stage: 1 } },
      { name: 'units_stage', keys: { unitIds: 1, stage: 1 } },
      { name: 'phone', keys: { phone: 1 }, unique: true },
    ],
  },
  /** A file's dated steps, append-only. */
  developmentSteps: { name: 'developmentSteps', indexes: [{ name: 'person_on', keys: { personId: 1, on: 1 } }] },
  talks: { name: 'talks', indexes: [{ name: 'branch_year_on', keys: { branchId: 1, year: 1, on: -1 } }] },
  /** 组织生活会 records, `_id` = the life_meeting event's id. */
  lifeMeetings: { name: 'lifeMeetings', indexes: [] },
  /** 对照检查材料, `<eventId>:<memberId>`. */
  checkMaterials: { name: 'checkMaterials', indexes: [{ name: 'event', keys: { eventId: 1 } }] },
  /** 整改清单 items; the secretary's home lists a branch's open ones past their deadline. */
  rectifications: {
    name: 'rectifications',
    indexes: [
      { name: 'event', keys: { eventId: 1 } },
      { name: 'branch_status_deadline', keys: { branchId: 1, status: 1, deadline: 1 } },
    ],
  },
  /** Compiled review and talk figures, `_id` `<branchId>:<year>`. */
  reviewFigures: { name: 'reviewFigures', indexes: [{ name: 'year_branch', keys: { year: 1, branchId: 1 } }] },
  /** Local mode only: subscribe messages the local openapi "sent". */
  /** Uploaded files and exports: owner, content type, expiry (common/fileAccess.ts). */
  files: { name: 'files', indexes: [] },
  outbox: { name: 'outbox', indexes: [{ name: 'touser', keys: { touser: 1 } }] },
})

export type CollectionKey = keyof typeof collections
export const collectionList: CollectionSpec[] = Object.values(collections)
