import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { DuesBaseDoc, DuesPaymentDoc, DuesReliefDoc, DuesRulesDoc } from '../common/db/models/dues'
import type { MemberDoc } from '../common/db/models/members'
import { DEFAULT_RULES, type DuesRules } from './rules/amount'
import { joinMonthOf, type MemberTerms } from './rules/obligation'

/** The dues function's queries: each reads one member's or one branch's documents, never a whole ledger. */

const LIMIT = 1000

/** Every rules version, the 2008 defaults first (a saved version of the same month replaces them). */
export const loadRules = async (db: Database): Promise<DuesRules[]> => {
  const { data } = await db.collection<DuesRulesDoc>(collections.duesRules.name).limit(LIMIT).get()
  const saved = data.map(({ fromMonth, employed, retired, flatFen, deductInsurance }) => ({
    fromMonth,
    employed,
    retired,
    flatFen,
    deductInsurance,
  }))
  return [DEFAULT_RULES, ...saved].filter(
    (rules, index, all) => !all.slice(index + 1).some((later) => later.fromMonth === rules.fromMonth),
  )
}

/** Members per request: 30 members' 25 months of records stay under the 1,000 documents a request returns. */
const CHUNK = 30

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size))

/** The members' documents of a collection: one request per 30 members, all sent together. */
const byMembers = async <T>(db: Database, name: string, memberIds: string[], extra: object = {}): Promise<T[]> => {
  const _ = db.command
  const pages = await Promise.all(
    chunks(memberIds, CHUNK).map((ids) =>
      db
        .collection<T>(name)
        .where({ memberId: _.in(ids), ...extra })
        .limit(LIMIT)
        .get(),
    ),
  )
  return pages.flatMap((page) => page.data)
}

export const basesOf = (db: Database, memberIds: string[]) =>
  byMembers<DuesBaseDoc>(db, collections.duesBases.name, memberIds)

export const approvedReliefsOf = (db: Database, memberIds: string[]) =>
  byMembers<DuesReliefDoc>(db, collections.duesReliefs.name, memberIds, { status: 'approved' })

/** Payment records of the members from a month on (all of them without `fromMonth`). */
export const paymentsOf = (db: Database, memberIds: string[], fromMonth?: string) =>
  byMembers<DuesPaymentDoc>(
    db,
    collections.duesPayments.name,
    memberIds,
    fromMonth ? { month: db.command.gte(fromMonth) } : {},
  )

export interface DuesData {
  rules: DuesRules[]
  bases: DuesBaseDoc[]
  reliefs: DuesReliefDoc[]
  payments: DuesPaymentDoc[]
}

/** Everything the dues of these members depend on, in one round of requests. */
export const loadDuesData = async (db: Database, memberIds: string[], fromMonth?: string): Promise<DuesData> => {
  const [rules, bases, reliefs, payments] = await Promise.all([
    loadRules(db),
    basesOf(db, memberIds),
    approvedReliefsOf(db, memberIds),
    paymentsOf(db, memberIds, fromMonth),
  ])
  return { rules, bases, reliefs, payments }
}

/** A member's terms: their 入党 month, confirmed bases and approved reliefs. */
export const termsOf = (member: MemberDoc, data: DuesData): MemberTerms => ({
  joinMonth: joinMonthOf(member.joinedOn),
  bases: data.bases.filter((base) => base.memberId === member._id && base.status === 'confirmed'),
  reliefs: data.reliefs
    .filter((relief) => relief.memberId === member._id)
    .map((relief) => ({ ...relief, id: relief._id })),
  rules: data.rules,
})
