import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { ReliefView } from '@contract'
import { RELIEF_KIND_LABELS, RELIEF_STATUS_LABELS } from '@contract/duesLabels'
import StatusChip from '@/components/StatusChip'
import { periodLabel } from '@periods'
import type { Tone } from '@/utils/events'
import { yuan } from '../labels'
import './ReliefRow.scss'

const TONES: Record<ReliefView['status'], Tone> = { proposed: 'warning', approved: 'success', rejected: 'default' }

const period = (relief: ReliefView) =>
  relief.fromMonth === relief.toMonth
    ? periodLabel('month', relief.fromMonth)
    : `${periodLabel('month', relief.fromMonth)}至${periodLabel('month', relief.toMonth)}`

/** A hardship relief: who, 免缴 or 减缴 (to how much), the period, the reason, where it stands; actions below. */
export default function ReliefRow({ relief, children }: { relief: ReliefView; children?: ReactNode }) {
  return (
    <View className="relief-row" data-testid="relief-row" data-relief-id={relief.id} data-status={relief.status}>
      <View className="relief-row__head">
        <Text>
          {relief.memberName} · {RELIEF_KIND_LABELS[relief.kind]}
          {relief.kind === 'reduce' ? `至每月 ¥${yuan(relief.amountFen)}` : ''}
        </Text>
        <StatusChip tone={TONES[relief.status]}>{RELIEF_STATUS_LABELS[relief.status]}</StatusChip>
      </View>
      <Text className="relief-row__meta">{period(relief)}</Text>
      <Text className="relief-row__meta">原因：{relief.reason}</Text>
      {relief.decisionNote && <Text className="relief-row__meta">审批意见：{relief.decisionNote}</Text>}
      {children}
    </View>
  )
}
