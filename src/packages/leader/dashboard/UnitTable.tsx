import { Text, View } from '@tarojs/components'
import type { UnitStatsRow } from '@contract'
import { formatDecimal, formatRate } from '@/utils/stats'

interface Props {
  rows: UnitStatsRow[]
  onOpen: (unitId: string) => void
}

const KIND_LABELS: Record<UnitStatsRow['kind'], string> = { committee: '党委', general: '党总支' }

/** The subtree's figures of each child 党委 / 党总支: tap one to drill down into it. */
const unitCells = (row: UnitStatsRow): string[] => [
  `${row.totals.branches}`,
  formatRate(row.totals.compliance),
  formatRate(row.totals.attendance),
  formatDecimal(row.totals.pointsPerMember),
]

const HEADERS = ['支部数', '达标率', '出勤率', '人均积分']

/** One row per child unit, in the tree's order. */
export default function UnitTable({ rows, onOpen }: Props) {
  return (
    <View className="branch-table" data-testid="unit-table">
      <View className="branch-table__row branch-table__row--head">
        <Text className="branch-table__name">组织</Text>
        {HEADERS.map((header) => (
          <Text key={header} className="branch-table__cell">
            {header}
          </Text>
        ))}
      </View>
      {rows.map((row) => (
        <View
          key={row.unitId}
          className="branch-table__row unit-table__row"
          data-testid="unit-row"
          data-unit-id={row.unitId}
          onClick={() => onOpen(row.unitId)}
        >
          <View className="branch-table__name unit-table__name">
            <Text>{row.name}</Text>
            <Text className="unit-table__kind">{KIND_LABELS[row.kind]} ›</Text>
          </View>
          {unitCells(row).map((value, index) => (
            <Text key={HEADERS[index]} className="branch-table__cell">
              {value}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
