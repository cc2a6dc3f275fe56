import type { Role } from '@contract/common'

/** 政治生日 line for 我的: a countdown, or a greeting on the day. */
export const politicalBirthdayText = (daysToBirthday: number, partyYears: number): string =>
  daysToBirthday === 0 ? `今天是您的政治生日，入党 ${partyYears} 周年快乐！` : `距离政治生日还有 ${daysToBirthday} 天`

/** Phone as shown to an admin: `138 0013 8000`; masked phones pass through. */
export const formatPhone = (phone: string) =>
  /^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}` : phone

/** The roles that can be granted, in display order (most senior last). */
export const ROLE_ORDER: readonly Role[] = ['member', 'committee', 'secretary', 'leader', 'admin']

export const sortRoles = (roles: readonly Role[]) =>
  [...roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b))

export const HISTORY_LABELS: Record<'roles' | 'branch' | 'unbind' | 'bind' | 'status', string> = {
  roles: '角色变更',
  branch: '支部调整',
  unbind: '解除绑定',
  bind: '绑定微信',
  status: '状态变更',
}
