import { useMemo } from 'react'
import { ROLES, type Role } from '@contract/common'
import type { MenuEntry } from '@/components/MenuList'
import { LIFE_MENU } from '@/hooks/organisationLife/lifeMenu'
import { REVIEW_MENU } from '../review/menu'

/** 我的 entries; a feature adds its line here with the roles that see it. */
const ENTRIES: readonly (MenuEntry & { roles: readonly Role[] })[] = [
  {
    title: '我的积分',
    description: '积分明细与我的申请',
    url: '/packages/study/history/index',
    roles: ROLES,
    testId: 'my-points',
  },
  {
    title: '我的出勤',
    description: '今年参加的活动：出席、迟到、请假、缺席',
    url: '/packages/member/attendance/index',
    roles: ROLES,
    testId: 'my-attendance',
  },
  {
    title: '我的党费',
    description: '本月应缴、未缴月份、在线缴纳与缴费记录',
    url: '/packages/dues/mine/index',
    roles: ROLES,
    testId: 'my-dues',
  },
  {
    title: '我的请假',
    description: '请假申请与审批结果',
    url: '/packages/member/attendance/index?tab=leaves',
    roles: ROLES,
    testId: 'my-leaves',
  },
  {
    title: '支部名册',
    description: '本支部党员与绑定情况',
    url: '/packages/secretary/roster/index',
    roles: ['secretary'],
    testId: 'secretary-roster',
  },
  {
    title: '支部活动',
    description: '主题党日、三会一课，签到屏与考勤台账',
    url: '/packages/secretary/events/index',
    roles: ['secretary', 'committee'],
    testId: 'branch-events',
  },
  ...LIFE_MENU,
  {
    title: '党费收缴',
    description: '本支部每月党费：已缴、未缴、免缴，登记现金，导出台账',
    url: '/packages/dues/sheet/index',
    roles: ['secretary'],
    testId: 'dues-sheet',
  },
  {
    title: '党费退款',
    description: '已另行缴纳的月份又经微信支付的，退还给党员',
    url: '/packages/dues/refunds/index',
    roles: ['secretary'],
    testId: 'dues-refunds',
  },
  {
    title: '党费基数确认',
    description: '确认或退回党员申报的党费基数',
    url: '/packages/dues/bases/index',
    roles: ['secretary'],
    testId: 'dues-bases',
  },
  {
    title: '党费减免申请',
    description: '为困难党员提出免缴或减缴，报上级审批',
    url: '/packages/dues/relief/index',
    roles: ['secretary'],
    testId: 'dues-relief',
  },
  {
    title: '请假审批',
    description: '审批本支部党员的活动请假',
    url: '/packages/secretary/leaves/index',
    roles: ['secretary'],
    testId: 'leave-inbox',
  },
  {
    title: '积分审核',
    description: '审核本支部党员的心得体会与线下学习',
    url: '/packages/study/review/index',
    roles: ['secretary'],
    testId: 'points-review',
  },
  {
    title: '手动奖惩',
    description: '奖励或扣减积分、冲正错误记录',
    url: '/packages/study/award/index',
    roles: ['secretary', 'admin'],
    testId: 'points-award',
  },
  {
    title: '学习资料管理',
    description: '发布文章或视频学习资料',
    url: '/packages/study/manage/index',
    roles: ['secretary', 'admin'],
    testId: 'study-manage',
  },
  {
    title: '积分规则',
    description: '各类积分分值、上限与审核设置',
    url: '/packages/study/rules/index',
    roles: ['admin'],
    testId: 'points-rules',
  },
  {
    title: '排名与学习设置',
    description: '谁能看积分排名，学习资料是否计时',
    url: '/packages/study/settings/index',
    roles: ['admin'],
    testId: 'points-settings',
  },
  {
    title: '名册管理',
    description: '角色、支部调整与解绑',
    url: '/packages/admin/roster/index',
    roles: ['admin'],
    testId: 'admin-roster',
  },
  {
    title: '组织架构',
    description: '党委、党总支、党支部的设立、调整与授权',
    url: '/packages/admin/units/index',
    roles: ['admin'],
    testId: 'admin-units',
  },
  {
    title: '名册导入',
    description: '导入 CSV / XLSX 党员名册',
    url: '/packages/admin/import/index',
    roles: ['admin'],
    testId: 'admin-import',
  },
  {
    title: '审核账号',
    description: '为微信审核生成限时邀请码（演示支部）',
    url: '/packages/admin/review/index',
    roles: ['admin'],
    testId: 'admin-review',
  },
  {
    title: '党费设置',
    description: '党费比例档、定额与五险一金口径，按月生效',
    url: '/packages/dues/settings/index',
    roles: ['admin'],
    testId: 'dues-settings',
  },
  {
    title: '党费减免审批',
    description: '审批各支部提出的免缴、减缴申请',
    url: '/packages/dues/reliefs/index',
    roles: ['admin'],
    testId: 'dues-reliefs',
  },
  {
    title: '党费基数导入',
    description: '从 XLSX 批量导入党员党费基数',
    url: '/packages/dues/import/index',
    roles: ['admin'],
    testId: 'dues-import',
  },
  {
    title: '通知管理',
    description: '发布通知，查看阅读与签阅情况',
    url: '/packages/notices/manage/index',
    roles: ['secretary', 'leader', 'admin'],
    testId: 'notices-manage',
  },
  {
    title: '订阅消息设置',
    description: '消息模板与会前提醒时间',
    url: '/packages/notices/settings/index',
    roles: ['admin'],
    testId: 'notices-settings',
  },
  {
    title: '统计看板',
    description: '各支部组织生活、出勤、通知与积分统计',
    url: '/packages/leader/dashboard/index',
    roles: ['leader', 'admin'],
    testId: 'stats-dashboard',
  },
  {
    title: '支部统计',
    description: '本支部组织生活、出勤、通知与积分统计',
    url: '/packages/leader/branch/index',
    roles: ['secretary'],
    testId: 'branch-stats',
  },
  ...REVIEW_MENU,
]

export function useMineMenu(roles: readonly Role[] | undefined): MenuEntry[] {
  return useMemo(
    () => (roles ? ENTRIES.filter((entry) => entry.roles.some((role) => roles.includes(role))) : []),
    [roles],
  )
}
