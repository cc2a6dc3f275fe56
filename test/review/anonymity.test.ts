/**
 * Nothing stored and nothing answered tells who rated whom how. Two worlds
 * start from the same seed at the same clock; in one m006 rates m016 优秀 and
 * m007 rates m016 不合格, in the other the two choices are swapped. Whatever
 * the votes wrote, and every answer any role can get, must be the same in both
 * worlds (ballot ids aside, which are HMACs under a key that is deleted at close).
 */
import type { TestCloud } from '../helpers/testCloud'
import { demoIdentities, startTestCloud } from '../helpers/testCloud'
import { AFTER_CLOSE, NOW, OPEN_REVIEW, as, setClock } from './helpers'
import { useFakeClock } from '../helpers/clock'

type Dump = Record<string, Record<string, unknown>[]>

const RATERS = ['m006', 'm007'] as const
/** Every identity, the ratee and the two raters (demoIdentities' member and member2). */
const READERS = { ...demoIdentities, ratee: as('m016') }
const OWN_BALLOTS = ['member', 'member2']

/** Documents the votes added or changed, with ballot ids blanked, in a stable order. */
const written = (before: Dump, after: Dump): string[] =>
  Object.entries(after)
    .flatMap(([name, docs]) => {
      const old = new Set((before[name] ?? []).map((doc) => JSON.stringify(doc)))
      return docs
        .filter((doc) => !old.has(JSON.stringify(doc)))
        .map((doc) => `${name} ${JSON.stringify(name === 'reviewBallots' ? { ...doc, _id: '(hmac)' } : doc)}`)
    })
    .sort()

const vote = async (t: TestCloud, grades: readonly ['excellent' | 'unqualified', 'excellent' | 'unqualified']) => {
  for (const [index, rater] of RATERS.entries())
    await t.ok(as(rater), 'review', 'castBallot', { reviewId: OPEN_REVIEW, rateeId: 'm016', grade: grades[index] })
}

/** Every answer about the review that each identity can get (refusals included). */
const answers = async (t: TestCloud, skip: readonly string[]) => {
  const seen: Record<string, unknown> = {}
  for (const [who, openid] of Object.entries(READERS)) {
    if (skip.includes(who)) continue
    for (const action of ['getMyReview', 'reviewProgress'] as const)
      seen[`${who}.${action}`] = await t.raw(openid, 'review', { action, payload: { reviewId: OPEN_REVIEW } })
    seen[`${who}.myReviewTasks`] = await t.raw(openid, 'review', { action: 'myReviewTasks', payload: {} })
  }
  return seen
}

const world = async (grades: readonly ['excellent' | 'unqualified', 'excellent' | 'unqualified']) => {
  setClock(NOW)
  const t = await startTestCloud({ now: NOW })
  const before = t.cloud.database.dump() as Dump
  await vote(t, grades)
  const votes = written(before, t.cloud.database.dump() as Dump)
  const [key] = (await t.db.collection<{ secret: string }>('reviewKeys').where({ _id: OPEN_REVIEW }).get()).data
  const whileOpen = await answers(t, OWN_BALLOTS)
  await t.ok(demoIdentities.secretary, 'review', 'closeReview', { reviewId: OPEN_REVIEW })
  setClock(AFTER_CLOSE)
  const afterClose = await answers(t, [])
  const dump = JSON.stringify(t.cloud.database.dump())
  t.cloud.close()
  return { votes, whileOpen, afterClose, dump, secret: key.secret }
}

describe('anonymous 互评', () => {
  beforeEach(() => useFakeClock(NOW))
  afterEach(() => jest.useRealTimers())

  it('stores and answers the same whichever way two raters voted', async () => {
    const one = await world(['excellent', 'unqualified'])
    const other = await world(['unqualified', 'excellent'])
    expect(one.votes).toEqual(other.votes)
    expect(one.votes.filter((line) => line.startsWith('reviewBallots'))).toHaveLength(2)
    expect(one.votes.filter((line) => line.startsWith('reviewBallots')).join('\n')).not.toMatch(/m006|m007/)
    expect(one.whileOpen).toEqual(other.whileOpen)
    expect(one.afterClose).toEqual(other.afterClose)
  })

  it('keeps no rater, time or key with a ballot once voting is closed', async () => {
    const { dump, secret } = await world(['excellent', 'unqualified'])
    const stored = JSON.parse(dump) as Dump
    for (const ballot of stored.reviewBallots)
      expect(Object.keys(ballot).sort()).toEqual(['_id', 'grade', 'rateeId', 'reviewId'])
    expect(stored.reviewKeys.filter((key) => key._id === OPEN_REVIEW)).toEqual([])
    expect(dump).not.toContain(secret)
  })
})
