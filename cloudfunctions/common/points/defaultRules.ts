import type { CategoryRule } from '../contract/points'

/** The rules of DESIGN.md § Study points, in force until the admin first edits them (version 1). Caps are in points. */
export const DEFAULT_RULES: CategoryRule[] = [
  {
    category: 'attendance',
    points: 5,
    dailyCap: null,
    monthlyCap: null,
    yearlyCap: null,
    needsApproval: false,
    // quota × 5 points: 主题党日 and the monthly meetings 12 a year, quarterly ones 4, yearly ones 1.
    subtypeYearlyCaps: {
      theme_day: 60,
      general_meeting: 20,
      committee_meeting: 60,
      group_meeting: 60,
      party_lecture: 20,
      life_meeting: 5,
      member_review: 5,
    },
  },
  {
    category: 'study',
    points: 1,
    dailyCap: 6,
    monthlyCap: null,
    yearlyCap: null,
    needsApproval: false,
    subtypeYearlyCaps: {},
  },
  // 2 reflections a month at 5 points each.
  {
    category: 'reflection',
    points: 5,
    dailyCap: null,
    monthlyCap: 10,
    yearlyCap: null,
    needsApproval: true,
    subtypeYearlyCaps: {},
  },
  // 4 offline studies a month at 2 points each.
  {
    category: 'offline',
    points: 2,
    dailyCap: null,
    monthlyCap: 8,
    yearlyCap: null,
    needsApproval: true,
    subtypeYearlyCaps: {},
  },
  {
    category: 'notice_ack',
    points: 1,
    dailyCap: null,
    monthlyCap: 10,
    yearlyCap: null,
    needsApproval: false,
    subtypeYearlyCaps: {},
  },
]

export const DEFAULT_RULES_VERSION = 1
