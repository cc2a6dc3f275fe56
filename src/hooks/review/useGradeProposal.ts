import { useEffect, useState } from 'react'
import type { ReviewProgress } from '@contract'
import { GRADES_NEEDING_REASON, type Grade } from '@contract/reviewLabels'
import { proposeGrades } from '@/api/review'
import { useSubmit } from '../useSubmit'

export interface DraftGrade {
  grade: Grade
  reason: string
}

/** The committee's proposal as it stands, else 合格 for everyone. */
const draftOf = (progress: ReviewProgress): Record<string, DraftGrade> =>
  Object.fromEntries(
    (progress.tallies ?? []).map((row) => {
      const proposed = progress.proposal?.find((item) => item.id === row.id)
      return [row.id, { grade: proposed?.grade ?? 'qualified', reason: proposed?.reason ?? '' }]
    }),
  )

/**
 * 组织评定: a grade (and for 基本合格 / 不合格 a reason) per member; the server
 * checks the 优秀 ratio and the reasons and its refusal is shown as it says.
 */
export function useGradeProposal(progress: ReviewProgress, reload: () => Promise<void>) {
  const [draft, setDraft] = useState(() => draftOf(progress))
  useEffect(() => setDraft(draftOf(progress)), [progress])
  const set = (memberId: string, change: Partial<DraftGrade>) =>
    setDraft((previous) => ({ ...previous, [memberId]: { ...previous[memberId], ...change } }))
  const submit = useSubmit(
    () =>
      proposeGrades(
        {
          reviewId: progress.review.id,
          grades: Object.entries(draft).map(([memberId, { grade, reason }]) => ({
            memberId,
            grade,
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          })),
        },
        { silent: true },
      ),
    { fallback: '保存失败，请重试', toast: { title: '组织评定已保存' }, onDone: reload },
  )
  const excellent = Object.values(draft).filter((item) => item.grade === 'excellent').length
  const needsReason = (memberId: string) => GRADES_NEEDING_REASON.includes(draft[memberId]?.grade)
  return { draft, set, submit, excellent, needsReason }
}
