import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CategoryRule, PointsRules, RankingAccess, RuledCategory } from '@contract'
import './PointsGuide.scss'

const HOW: Record<RuledCategory, string> = {
  attendance: '参加主题党日、三会一课等组织生活并签到',
  study: '学完一篇学习资料',
  reflection: '提交心得体会（200 字以上）',
  offline: '登记一次线下学习',
  notice_ack: '签阅一条需签阅的通知',
}

const RANKING_LINES: Record<RankingAccess, string> = {
  none: '本组织的积分排名只向党委领导开放，你可以在「积分明细」查看自己的每一笔积分。',
  own: '积分排名只向你显示你自己的积分和名次，不显示他人名单。',
  full: '积分排名显示前 50 名，不设末位名单。',
}

const capsOf = (rule: CategoryRule) =>
  [
    rule.dailyCap !== null && `每天最多 ${rule.dailyCap} 分`,
    rule.monthlyCap !== null && `每月最多 ${rule.monthlyCap} 分`,
    rule.yearlyCap !== null && `每年最多 ${rule.yearlyCap} 分`,
    rule.category === 'attendance' && '每类活动每年有上限',
  ].filter(Boolean)

const ruleLine = (rule: CategoryRule) =>
  [`+${rule.points} 分`, rule.needsApproval && '支部书记审核后计入', ...capsOf(rule)].filter(Boolean).join('，')

/** 积分怎么来: what points are for, and on a tap what earns them (from the rules in force). */
export default function PointsGuide({ rules, ranking }: { rules: PointsRules; ranking: RankingAccess }) {
  const [open, setOpen] = useState(false)
  return (
    <View className="points-guide" data-testid="points-guide">
      <Text className="points-guide__purpose">
        学习积分记录你参加组织生活、学习和签阅通知的情况，是你和支部了解学习进度、查漏补缺的参考。
        {RANKING_LINES[ranking]}
      </Text>
      {open ? (
        <>
          {rules.categories.map((rule) => (
            <View key={rule.category} className="points-guide__row">
              <Text className="points-guide__how">{HOW[rule.category]}</Text>
              <Text className="points-guide__rule">{ruleLine(rule)}</Text>
            </View>
          ))}
          <Text className="points-guide__note">支部书记可对个别情况奖励或扣减积分，并写明原因。</Text>
        </>
      ) : (
        <Text className="points-guide__toggle points-guide-open" onClick={() => setOpen(true)}>
          查看各项积分怎么得 ›
        </Text>
      )}
    </View>
  )
}
