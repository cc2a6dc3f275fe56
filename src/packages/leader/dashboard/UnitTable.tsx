import { Text, View } from '@tarojs/components'
import type { UnitStatsRow } from '@contract'
import { formatDecimal, formatRate } from '@/utils/stats'
import StatsTable from '../components/StatsTable'

interface Props {
  rows: UnitStatsRow[]
  onOpen: (unitId: string) => void
}

const KIND_LABELS: Record<UnitStatsRow['kind'], string> = { committee: '党委', general: '党总支' }

const COLUMNS = [
  { key: 'branches', label: '支部数' },
  { key: 'compliance', label: '达标率' },
  { key: 'attendance', label: '出勤率' },
  { key: 'pointsPerMember', label: '人均积分' },
  { key: 'dues', label: '党费' },
]

/** The subtree's figures of each child 党委 / 党总支 (党费: paid of owed member-months, summed): tap one to drill down. */
const unitCells = (row: UnitStatsRow): string[] => [
  `${row.totals.branches}`,
  formatRate(row.totals.compliance),
  formatRate(row.totals.attendance),
  formatDecimal(row.totals.pointsPerMember),
  formatRate(row.totals.dues?.collection),
]

const UnitName = ({ row }: { row: UnitStatsRow }) => (
  <View className="branch-table__name unit-table__name">
    <Text>{row.name}</Text>
    <Text className="unit-table__kind">{KIND_LABELS[row.kind]} ›</Text>
  </View>
)

/** One row per child unit, in the tree's order. */
export default function UnitTable({ rows, onOpen }: Props) {
  return (
    <StatsTable
      kind="unit"
      nameTitle="组织"
      columns={COLUMNS}
      rows={rows}
      idOf={(row) => row.unitId}
      name={(row) => <UnitName row={row} />}
      cells={unitCells}
      onOpen={(row) => onOpen(row.unitId)}
      rowClassName="unit-table__row"
    />
  )
}
