import { ROLES, type Role } from '@contract/common'
import type { MenuEntry } from '@/components/MenuList'
import { MANAGE_REVIEW_PAGE, MY_REVIEW_PAGE, REVIEW_DASHBOARD_PAGE, REVIEW_SETTINGS_PAGE } from './reviewIds'

/** 我的 entries of 民主评议 (listed in useMineMenu). */
export const REVIEW_MENU: readonly (MenuEntry & { roles: readonly Role[] })[] = [
  {
    title: '民主评议',
    description: '自评、互评，公示后查看评议结果',
    url: MY_REVIEW_PAGE,
    roles: ROLES,
    testId: 'my-review',
  },
  {
    title: '评议管理',
    description: '开启评议、查看进度、组织评定、公示与异议答复',
    url: MANAGE_REVIEW_PAGE,
    roles: ['secretary'],
    testId: 'review-manage',
  },
  {
    title: '评议进度',
    description: '各支部民主评议参与情况与评定结果',
    url: REVIEW_DASHBOARD_PAGE,
    roles: ['leader', 'admin'],
    testId: 'review-dashboard',
  },
  {
    title: '评议设置',
    description: '优秀比例，公示期的节假日与调休',
    url: REVIEW_SETTINGS_PAGE,
    roles: ['admin'],
    testId: 'review-settings',
  },
]
