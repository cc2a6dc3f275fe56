/**
 * The rush's organisation (issue 12 §6): BRANCHES branches of MEMBERS bound
 * members and a secretary each; for branch 0 one open 主题党日 per
 * check-in row, notices asking for 签阅 and study materials whose sessions
 * started an hour ago; for every branch one more open 主题党日 (the
 * organisation-wide row). Members, events and sessions are written in bulk;
 * notices and materials through the functions, as their publishers would.
 */
import type { Envelope } from '../../cloudfunctions/common/contract'
import { collections } from '../../cloudfunctions/common/db/collections'
import { unitUnder, type BranchUnitDoc } from '../../cloudfunctions/common/db/models/units'
import type { StudySessionDoc } from '../../cloudfunctions/common/db/models/points'
import type { LocalCloud } from '../../local/runtime'
import { benchMember, themeDay } from '../burst/fixture'

export const BRANCHES = 10
export const MEMBERS = 200

export const branchId = (b: number) => `rush-b${b}`
export const secretaryOpenid = (b: number) => `rush-s${b}`
export const memberOpenid = (b: number, m: number) => `rush-b${b}-m${m}`
const memberId = (b: number, m: number) => `rush-b${b}-member-${m}`
export const checkinEventId = (row: string) => `rush-event-${row}`

const ok = async <T>(answer: Promise<Envelope<unknown>>): Promise<T> => {
  const envelope = await answer
  if (!envelope.ok) throw new Error(`rush fixture: ${envelope.code} ${envelope.message}`)
  return envelope.data as T
}

const writeBranch = async (cloud: LocalCloud, b: number, now: Date) => {
  const branch: BranchUnitDoc = unitUnder(
    null,
    { _id: branchId(b), kind: 'branch', name: `冲刺第${b + 1}支部`, order: b + 1 },
    now,
  )
  const members = Array.from({ length: MEMBERS }, (_, m) =>
    benchMember({ _id: memberId(b, m), openid: memberOpenid(b, m), branchId: branch._id }, b * 1000 + m, now),
  )
  const secretary = benchMember(
    { _id: `rush-b${b}-secretary`, openid: secretaryOpenid(b), branchId: branch._id },
    b * 1000 + 999,
    now,
    true,
  )
  await cloud.database.importDocuments(collections.units.name, [branch] as never[])
  await cloud.database.importDocuments(collections.members.name, [...members, secretary] as never[])
  return members.map((doc) => doc._id)
}

/** Writes everything the rows need; `rows` names the check-in rows of branch 0, each with its own event. */
export const writeRushFixture = async (
  cloud: LocalCloud,
  rows: { checkins: string[]; acks: number; studies: number; studiers: number },
  now = new Date(),
): Promise<{ secrets: Map<string, string>; noticeIds: string[]; materialIds: string[] }> => {
  const events = []
  for (let b = 0; b < BRANCHES; b++) {
    const ids = await writeBranch(cloud, b, now)
    events.push(themeDay(checkinEventId(`org-${b}`), ids, now, branchId(b)))
    if (b === 0) events.push(...rows.checkins.map((row) => themeDay(checkinEventId(row), ids, now, branchId(0))))
  }
  await cloud.database.importDocuments(collections.events.name, events as never[])
  const noticeIds: string[] = []
  for (let n = 0; n < rows.acks; n++) {
    const published = await ok<{ notice: { id: string } }>(
      cloud.call(
        'notices',
        {
          action: 'publishNotice',
          payload: {
            kind: 'general',
            audience: { scope: 'branch' },
            title: `学习通知 ${n + 1}`,
            body: '请各位党员认真学习并签阅。',
            attachments: [],
            pinned: false,
            requiresAck: true,
          },
        },
        secretaryOpenid(0),
      ),
    )
    noticeIds.push(published.notice.id)
  }
  const materialIds: string[] = []
  for (let n = 0; n < rows.studies; n++) {
    const material = await ok<{ id: string }>(
      cloud.call(
        'points',
        {
          action: 'publishMaterial',
          payload: {
            kind: 'article',
            title: `学习资料 ${n + 1}`,
            body: '认真学习党章党规，做合格共产党员。'.repeat(2),
            requiredSeconds: 60,
          },
        },
        secretaryOpenid(0),
      ),
    )
    materialIds.push(material.id)
  }
  const sessions: StudySessionDoc[] = materialIds.flatMap((materialId) =>
    Array.from({ length: rows.studiers }, (_, m) => ({
      _id: `${materialId}:${memberId(0, m)}`,
      materialId,
      memberId: memberId(0, m),
      startedAt: new Date(now.getTime() - 3600_000),
      completedAt: null,
    })),
  )
  await cloud.database.importDocuments(collections.studySessions.name, sessions as never[])
  return { secrets: new Map(events.map((event) => [event._id, event.secret])), noticeIds, materialIds }
}
