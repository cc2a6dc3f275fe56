import { EVENT_TYPE_LABELS } from '../../common/contract/eventTypes'
import type {
  BranchFigures,
  DuesTotals,
  EventStatsRow,
  MemberStatsRow,
  PointsFigures,
} from '../../common/contract/stats'
import type { BranchUnitDoc } from '../../common/db/models/units'
import type { PeriodRef } from '../../common/periods'
import { judgeCompliance, ratio } from './compliance'
import type { MemberAttendanceRow } from './sources/attendance'
import type { EventRow } from './sources/events'
import type { MemberRow } from './sources/members'
import type { NoticeTotals } from './sources/notices'
import type { MemberPointsRow } from './sources/points'

/** What the pipelines returned for one branch and period. */
export interface Sources {
  branch: BranchUnitDoc
  members: MemberRow[]
  events: EventRow[]
  attendance: MemberAttendanceRow[]
  notices: NoticeTotals
  memberPoints: MemberPointsRow[]
  monthPoints: { month: string; points: number }[]
  dues: DuesTotals
}

const sum = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0)

const pointsFigures = (rows: readonly MemberPointsRow[], members: number): PointsFigures => {
  const entries = sum(rows, (row) => row.entries)
  if (entries === 0) return { entries, total: null, perMember: null, activeMembers: null }
  const total = sum(rows, (row) => row.points)
  return {
    entries,
    total,
    perMember: members > 0 ? total / members : null,
    activeMembers: rows.filter((row) => row.points >= 1).length,
  }
}

export const buildFigures = (sources: Sources, period: PeriodRef, now: Date): BranchFigures => {
  const { members, events, notices } = sources
  const held = events.filter((event) => event.held)
  const expected = sum(held, (event) => event.expected)
  const approvedLeave = sum(held, (event) => event.approvedLeave)
  const checkedIn = sum(held, (event) => event.checkedIn)
  const { byType, compliance } = judgeCompliance(events, period, sources.branch.groups, now)
  return {
    members: members.length,
    groups: sources.branch.groups.length,
    eventsHeld: held.length,
    byType,
    compliance,
    attendance: { ...ratio(checkedIn, expected - approvedLeave), expected, approvedLeave },
    late: sum(held, (event) => event.late),
    leave: approvedLeave,
    notices: {
      notices: notices.notices,
      read: ratio(notices.reads, notices.notices * members.length),
      ackNotices: notices.ackNotices,
      acknowledged: ratio(notices.acks, notices.ackNotices * members.length),
    },
    points: pointsFigures(sources.memberPoints, members.length),
    pointsByMonth: sources.monthPoints,
    dues: sources.dues,
  }
}

const eventDetail = (event: EventRow, groupNames: ReadonlyMap<string, string>): EventStatsRow => ({
  eventId: event._id,
  type: event.type,
  typeLabel: EVENT_TYPE_LABELS[event.type],
  title: event.title,
  groupName: event.groupId ? (groupNames.get(event.groupId) ?? null) : null,
  start: new Date(event.start).toISOString(),
  held: event.held,
  expected: event.expected,
  checkedIn: event.checkedIn,
  late: event.late,
  approvedLeave: event.approvedLeave,
  attendance: event.held ? ratio(event.checkedIn, event.expected - event.approvedLeave) : ratio(0, 0),
})

/** A member without an expected event in the period. */
const NO_ATTENDANCE = { expected: 0, attended: 0, late: 0, approvedLeave: 0 }

const memberDetail = (
  member: MemberRow,
  attendance: MemberAttendanceRow | undefined,
  points: MemberPointsRow | undefined,
  groupNames: ReadonlyMap<string, string>,
): MemberStatsRow => {
  const { expected, attended, late, approvedLeave } = attendance ?? NO_ATTENDANCE
  return {
    memberId: member._id,
    name: member.name,
    groupName: member.groupId ? (groupNames.get(member.groupId) ?? null) : null,
    expected,
    attended,
    late,
    approvedLeave,
    attendance: ratio(attended, expected - approvedLeave),
    points: points?.points ?? 0,
  }
}

/** The drill-down: the period's events and the current members with their attendance and points. */
export const buildDetail = (sources: Sources): { events: EventStatsRow[]; members: MemberStatsRow[] } => {
  const groupNames = new Map(sources.branch.groups.map((group) => [group.id, group.name]))
  const attendance = new Map(sources.attendance.map((row) => [row._id, row]))
  const points = new Map(sources.memberPoints.map((row) => [row._id, row]))
  return {
    events: sources.events.map((event) => eventDetail(event, groupNames)),
    // Roster order (pinyin), as every member list of the app.
    members: [...sources.members]
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
      .map((member) => memberDetail(member, attendance.get(member._id), points.get(member._id), groupNames)),
  }
}
