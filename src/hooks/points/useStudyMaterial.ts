import { useEffect, useRef, useState } from 'react'
import type { GrantResult, Material, StudySession } from '@contract'
import { completeStudy, getMaterial, startStudy } from '@/api/points'
import { ApiError } from '@/api/transport'
import { useRequest } from '@/hooks/useRequest'
import { useSubmit } from '@/hooks/useSubmit'

export type CompleteOutcome = { kind: 'done'; result: GrantResult } | { kind: 'refused'; message: string }

/**
 * One material: opening it asks the server to record the start. When the
 * organisation times study, the countdown is only a hint computed from the
 * server's own times; 完成学习 is decided by the server.
 */
export function useStudyMaterial(materialId: string) {
  const material = useRequest<Material>(() => getMaterial(materialId, { silent: true }), [materialId])
  const [session, setSession] = useState<StudySession>()
  const [remaining, setRemaining] = useState<number | null>(null)
  const [outcome, setOutcome] = useState<CompleteOutcome>()
  const clockOffset = useRef(0)

  useEffect(() => {
    void startStudy(materialId, { silent: true })
      .then((started) => {
        clockOffset.current = Date.parse(started.serverNow) - Date.now()
        setSession(started)
      })
      .catch(() => undefined)
  }, [materialId])

  useEffect(() => {
    if (!session || session.completedAt || !session.timed) return setRemaining(null)
    const tick = () => {
      const serverNow = Date.now() + clockOffset.current
      const left = session.requiredSeconds - Math.floor((serverNow - Date.parse(session.startedAt)) / 1000)
      setRemaining(Math.max(0, left))
    }
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [session])

  const completing = useSubmit(() => completeStudy(materialId, { silent: true }), {
    onError: (error) =>
      setOutcome({ kind: 'refused', message: error instanceof ApiError ? error.message : '操作失败，请稍后再试' }),
    onDone: (result) => {
      setOutcome({ kind: 'done', result })
      setSession(
        (previous) => previous && { ...previous, completedAt: previous.completedAt ?? new Date().toISOString() },
      )
    },
  })

  const completed = Boolean(session?.completedAt || material.data?.completedAt)
  // 「学习时间不足」 is about the timer: once the time is reached it no longer applies.
  const shown = outcome?.kind === 'refused' && remaining === 0 ? undefined : outcome
  return {
    material,
    session,
    remaining,
    completed,
    completing: completing.running,
    outcome: shown,
    complete: completing.run,
  }
}
