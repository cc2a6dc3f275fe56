import { Text } from '@tarojs/components'
import type { BranchStatsRow } from '@contract'
import { BRANCH_SORT_LABELS, formatDecimal, formatRate, type BranchSortKey } from '@/utils/stats'
import StatsTable from './StatsTable'

interface Props {
  rows: BranchStatsRow[]
  sortKey: BranchSortKey
  descending: boolean
  onSort: (key: BranchSortKey) => void
  onOpen: (row: BranchStatsRow) => void
}

const COLUMNS: BranchSortKey[] = ['compliance', 'attendance', 'read', 'pointsPerMember', 'dues']

const cell = (row: BranchStatsRow, key: BranchSortKey): string => {
  if (key === 'compliance') return formatRate(row.figures.compliance)
  if (key === 'attendance') return formatRate(row.figures.attendance)
  if (key === 'read') return formatRate(row.figures.notices.read)
  if (key === 'dues') return formatRate(row.figures.dues?.collection)
  return formatDecimal(row.figures.points.perMember)
}

/** Branches by the chosen column; tap a header to sort, tap again to flip, tap a row to open the branch. */
export default function BranchTable({ rows, sortKey, descending, onSort, onOpen }: Props) {
  const columns = COLUMNS.map((key) => ({
    key,
    label: `${BRANCH_SORT_LABELS[key]}${key === sortKey ? (descending ? '↓' : '↑') : ''}`,
    onSort: () => onSort(key),
    active: key === sortKey,
  }))
  return (
    <StatsTable
      kind="branch"
      nameTitle="支部"
      columns={columns}
      rows={rows}
      idOf={(row) => row.branchId}
      name={(row) => <Text className="branch-table__name">{row.branchName}</Text>}
      cells={(row) => COLUMNS.map((key) => cell(row, key))}
      onOpen={onOpen}
    />
  )
}
