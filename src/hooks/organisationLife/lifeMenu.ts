import type { Role } from '@contract/common'
import type { MenuEntry } from '@/components/MenuList'
import { BIRTHDAYS_PAGE, TALK_COVERAGE_PAGE, TALKS_PAGE } from './pages'

/** 我的 entries of 谈心谈话 and 政治生日 (listed in useMineMenu). */
export const LIFE_MENU: readonly (MenuEntry & { roles: readonly Role[] })[] = [
  {
    title: '谈心谈话',
    description: '记录谈话，查看本年度谁还没有谈过',
    url: TALKS_PAGE,
    roles: ['secretary', 'committee'],
    testId: 'talks',
  },
  {
    title: '政治生日',
    description: '本月和下月过政治生日的党员，一键加入主题党日议程',
    url: BIRTHDAYS_PAGE,
    roles: ['secretary'],
    testId: 'birthdays',
  },
  {
    title: '谈心谈话覆盖',
    description: '各支部本年度谈心谈话覆盖情况',
    url: TALK_COVERAGE_PAGE,
    roles: ['leader'],
    testId: 'talk-coverage',
  },
]
