import { z } from 'zod'
import { action } from './define'
import { emptyPayload, payload } from '../validation'
import type { Instant } from './common'
import type { RankingVisibility } from './pointsLabels'

/** 减负 (DESIGN.md): the organisation's choices about rankings and study timing (admin). */
export interface PointsSettings {
  rankingVisibility: RankingVisibility
  /** On: 完成学习 counts only after the material's study time on the server clock. Off: whenever the member finishes. */
  studyTimed: boolean
  updatedAt: Instant | null
  updatedByName: string | null
}

export const pointsSettingsContract = {
  /** Any member: the settings in force (the app shows what they mean for the caller). */
  getSettings: action<PointsSettings>()(emptyPayload()),
  /** Admin: change the ranking visibility and study timing. */
  updateSettings: action<PointsSettings>()(
    payload({
      rankingVisibility: z.enum(['leaders', 'own', 'full'], {
        errorMap: () => ({ message: '请选择排名的可见范围' }),
      }),
      studyTimed: z.boolean({ invalid_type_error: '学习计时格式不正确', required_error: '请选择是否学习计时' }),
    }),
  ),
}

export const pointsSettingsErrors = {
  RANKING_HIDDEN: '组织设置为积分排名仅党委领导可见；您可以在「积分明细」查看自己的积分',
} as const
