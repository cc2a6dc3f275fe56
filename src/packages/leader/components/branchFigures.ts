import type { BranchFigures, DuesTotals, OrganisationTotals } from '@contract'
import { complianceDetail, formatCount, formatDecimal, formatRate, ratioDetail } from '@/utils/stats'
import type { Figure } from './FigureGrid'

/** 党费收缴率 (paid of owed member-months) and the members unpaid 6 months or more; none before dues were compiled. */
const duesCells = (dues: DuesTotals | undefined): Figure[] => [
  {
    label: '党费收缴率',
    value: formatRate(dues?.collection),
    note: dues ? ratioDetail(dues.collection) : undefined,
    testId: 'figure-dues',
  },
  { label: '欠缴6个月以上', value: dues ? `${dues.flagged} 人` : formatCount(null), testId: 'figure-dues-flagged' },
]

/** The headline figures of one branch, in the order a leader reads them. */
export const branchFigureCells = (figures: BranchFigures): Figure[] => [
  { label: '党员', value: String(figures.members), testId: 'figure-members' },
  { label: '开展活动', value: String(figures.eventsHeld), testId: 'figure-events' },
  {
    label: '达标率',
    value: formatRate(figures.compliance),
    note: complianceDetail(figures.compliance),
    testId: 'figure-compliance',
  },
  {
    label: '出勤率',
    value: formatRate(figures.attendance),
    note: ratioDetail(figures.attendance),
    testId: 'figure-attendance',
  },
  { label: '迟到人次', value: String(figures.late) },
  { label: '请假人次', value: String(figures.leave) },
  {
    label: '阅读率',
    value: formatRate(figures.notices.read),
    note: ratioDetail(figures.notices.read),
    testId: 'figure-read',
  },
  { label: '签阅率', value: formatRate(figures.notices.acknowledged), note: ratioDetail(figures.notices.acknowledged) },
  { label: '积分总数', value: formatCount(figures.points.total) },
  { label: '人均积分', value: formatDecimal(figures.points.perMember), testId: 'figure-points' },
  { label: '活跃党员', value: formatCount(figures.points.activeMembers) },
  ...duesCells(figures.dues),
]

/** The organisation's totals on the dashboard. */
export const totalsFigureCells = (totals: OrganisationTotals): Figure[] => [
  { label: '支部', value: String(totals.branches) },
  { label: '党员', value: String(totals.members), testId: 'total-members' },
  { label: '开展活动', value: String(totals.eventsHeld) },
  {
    label: '达标率',
    value: formatRate(totals.compliance),
    note: complianceDetail(totals.compliance),
    testId: 'total-compliance',
  },
  {
    label: '出勤率',
    value: formatRate(totals.attendance),
    note: ratioDetail(totals.attendance),
    testId: 'total-attendance',
  },
  { label: '阅读率', value: formatRate(totals.read), note: ratioDetail(totals.read) },
  { label: '签阅率', value: formatRate(totals.acknowledged), note: ratioDetail(totals.acknowledged) },
  { label: '人均积分', value: formatDecimal(totals.pointsPerMember) },
  ...duesCells(totals.dues),
]
