/** Value types shared by several domains. */
export type Role = 'member' | 'committee' | 'secretary' | 'leader' | 'admin'
export const ROLES: readonly Role[] = ['member', 'committee', 'secretary', 'leader', 'admin']

export const ROLE_LABELS: Record<Role, string> = {
  member: '党员',
  committee: '支委',
  secretary: '支部书记',
  leader: '党委领导',
  admin: '党务管理员',
}

export type MemberStatus = 'active' | 'transferred' | 'deceased' | 'suspended' | 'left'

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  active: '正常',
  transferred: '已转出',
  deceased: '已故',
  suspended: '停止党籍',
  left: '已出党',
}

/** A period of statistics or rankings, always in Asia/Shanghai. */
export type PeriodKind = 'month' | 'quarter' | 'year'

/** ISO instant strings travel over the wire; the database stores Date. */
export type Instant = string

/** 党委 (also 二级党委), 党总支, 党支部, 临时党支部. */
export type UnitKind = 'committee' | 'general' | 'branch' | 'temporary'

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  committee: '党委',
  general: '党总支',
  branch: '党支部',
  temporary: '临时党支部',
}
