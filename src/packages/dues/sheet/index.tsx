// Selectors: [data-testid=sheet-month] [data-testid=sheet-totals] [data-testid=sheet-row][data-member-id][data-state] [data-testid=sheet-record-cash] [data-testid=sheet-export] .sheet-filter--<all|due|paid|exempt>
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { BranchSheet, SheetRow } from '@contract'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import StatusChip from '@/components/StatusChip'
import { useDuesSheet, type SheetFilter } from '@/hooks/dues/useDuesSheet'
import { STATE_TONES, basisLine, stateLabel, yuan } from '../labels'
import './index.scss'

const FILTERS: [SheetFilter, string][] = [
  ['all', '全部'],
  ['due', '未缴'],
  ['paid', '已缴'],
  ['exempt', '免缴'],
]

function Totals({ sheet }: { sheet: BranchSheet }) {
  const { totals } = sheet
  const rate = totals.dueCount ? `${Math.round((totals.paidCount / totals.dueCount) * 100)}%` : '—'
  return (
    <View className="sheet__totals" data-testid="sheet-totals">
      <Text>
        应缴 {totals.dueCount} 人 ¥{yuan(totals.dueFen)}
      </Text>
      <Text>
        已缴 {totals.paidCount} 人 ¥{yuan(totals.paidFen)}
      </Text>
      <Text>收缴率 {rate}</Text>
    </View>
  )
}

function Row({ row, busy, onCash }: { row: SheetRow; busy: boolean; onCash: (memberId: string) => void }) {
  return (
    <View className="sheet__line" data-testid="sheet-row" data-member-id={row.memberId} data-state={row.month.state}>
      <View className="sheet__line-main">
        <Text>
          {row.name}
          {row.arrearsMonths >= 3 ? `（已欠 ${row.arrearsMonths} 个月）` : ''}
        </Text>
        <Text className="sheet__meta">{basisLine(row.month) || (row.pendingBase ? '基数待确认' : '')}</Text>
      </View>
      <Text className="sheet__line-amount">¥{yuan(row.month.amountFen)}</Text>
      <StatusChip tone={STATE_TONES[row.month.state]}>{stateLabel(row.month)}</StatusChip>
      {row.month.state === 'due' && (
        <Button size="small" disabled={busy} data-testid="sheet-record-cash" onClick={() => onCash(row.memberId)}>
          登记现金
        </Button>
      )}
    </View>
  )
}

/** The secretary's branch month sheet: who paid, who owes, who is exempt; cash records and the 台账. */
export default function DuesSheetPage() {
  const sheet = useDuesSheet()
  return (
    <View className="page sheet">
      <View className="sheet__month">
        <Text onClick={() => sheet.shift(-1)}>‹ 上月</Text>
        <Text data-testid="sheet-month">{sheet.data?.label ?? sheet.month}</Text>
        <Text className={sheet.canForward ? '' : 'sheet__hidden'} onClick={() => sheet.canForward && sheet.shift(1)}>
          下月 ›
        </Text>
      </View>
      <View className="sheet__filters">
        {FILTERS.map(([key, label]) => (
          <Text
            key={key}
            className={`sheet__filter sheet-filter--${key} ${sheet.filter === key ? 'sheet__filter--active' : ''}`}
            onClick={() => sheet.setFilter(key)}
          >
            {label}
          </Text>
        ))}
      </View>
      <PageState loading={sheet.loading && !sheet.data} error={sheet.error} onRetry={sheet.reload}>
        {sheet.data && (
          <>
            <Totals sheet={sheet.data} />
            <Section title={`${sheet.data.branchName} · ${sheet.rows.length} 人`}>
              {sheet.rows.map((row) => (
                <Row
                  key={row.memberId}
                  row={row}
                  busy={sheet.recordCash.running}
                  onCash={(id) => void sheet.recordCash.run(id)}
                />
              ))}
            </Section>
            <Button
              className="sheet__export"
              block
              loading={sheet.exportLedger.running}
              data-testid="sheet-export"
              onClick={() => void sheet.exportLedger.run()}
            >
              导出本月党费收缴台账
            </Button>
          </>
        )}
      </PageState>
    </View>
  )
}
