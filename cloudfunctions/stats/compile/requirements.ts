import type { PeriodKind } from '../../common/contract/common'
import type { EventType } from '../../common/contract/eventTypes'

/** How often a type of meeting must be held (支部工作条例 practice, DESIGN § Events). */
export interface Requirement {
  every: PeriodKind
  /** 党小组会: each party group on its own. */
  perGroup: boolean
  rule: string
}

export const REQUIREMENTS: Record<EventType, Requirement> = {
  theme_day: { every: 'month', perGroup: false, rule: '每月 1 次' },
  general_meeting: { every: 'quarter', perGroup: false, rule: '每季度至少 1 次' },
  committee_meeting: { every: 'month', perGroup: false, rule: '每月至少 1 次' },
  group_meeting: { every: 'month', perGroup: true, rule: '每个党小组每月至少 1 次' },
  party_lecture: { every: 'quarter', perGroup: false, rule: '每季度至少 1 次' },
  life_meeting: { every: 'year', perGroup: false, rule: '每年至少 1 次' },
  member_review: { every: 'year', perGroup: false, rule: '每年 1 次' },
}
