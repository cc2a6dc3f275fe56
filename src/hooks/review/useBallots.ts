import { useEffect, useRef, useState } from 'react'
import type { MyBallot, MyReview } from '@contract'
import type { Grade } from '@contract/reviewLabels'
import { sendBallot } from '@/api/review'
import { ApiError } from '@/api/transport'

type SetReview = (update: (previous: MyReview | undefined) => MyReview | undefined) => void

const withGrade = (rateeId: string, grade: Grade | null) => (review: MyReview | undefined) =>
  review && {
    ...review,
    ballots: review.ballots.map((ballot) => (ballot.id === rateeId ? { ...ballot, grade } : ballot)),
  }

/**
 * 互评: a tap rates a member at once (shown straight away, undone if the
 * server refuses). The caller's ballots go out one after another, never
 * together, so their own sheet is never written twice at the same moment;
 * the first ballot for a member is cast, later ones change it.
 */
export function useBallots(reviewId: string, ballots: readonly MyBallot[], setReview: SetReview) {
  const confirmed = useRef(new Map<string, Grade | null>())
  const queue = useRef(Promise.resolve())
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set())
  const [error, setError] = useState<string>()
  useEffect(() => {
    confirmed.current = new Map(ballots.map((ballot) => [ballot.id, ballot.grade]))
    // Only a fresh load of the review resets what the server holds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reviewId, ballots.length])

  const mark = (rateeId: string, on: boolean) =>
    setPending((previous) => {
      const next = new Set(previous)
      if (on) next.add(rateeId)
      else next.delete(rateeId)
      return next
    })

  const send = async (rateeId: string, grade: Grade) => {
    const before = confirmed.current.get(rateeId) ?? null
    if (before === grade) return
    try {
      await sendBallot(reviewId, rateeId, grade, before !== null)
      confirmed.current.set(rateeId, grade)
    } catch (err) {
      setReview(withGrade(rateeId, before))
      setError(err instanceof ApiError ? err.message : '评议提交失败，请重试')
    } finally {
      mark(rateeId, false)
    }
  }

  const rate = (rateeId: string, grade: Grade) => {
    setError(undefined)
    setReview(withGrade(rateeId, grade))
    mark(rateeId, true)
    queue.current = queue.current.then(() => send(rateeId, grade))
  }

  const rated = ballots.filter((ballot) => ballot.grade !== null).length
  return { rate, pending, error, rated, total: ballots.length }
}
