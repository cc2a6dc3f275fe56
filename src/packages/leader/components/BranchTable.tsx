import { Text, View } from '@tarojs/components'
import type { BranchStatsRow } from '@contract'
import { BRANCH_SORT_LABELS, formatDecimal, formatRate, type BranchSortKey } from '@/utils/stats'
import './BranchTable.scss'

interface Props {
  rows: BranchStatsRow[]
  sortKey: BranchSortKey
  descending: boolean
  onSort: (key: BranchSortKey) => void
  onOpen: (row: BranchStatsRow) => void
}

const COLUMNS: BranchSortKey[] = ['compliance', 'attendance', 'read', 'pointsPerMember']

const cell = (row: BranchStatsRow, key: BranchSortKey): string => {
  if (key === 'compliance') return formatRate(row.figures.compliance)
  if (key === 'attendance') return formatRate(row.figures.attendance)
  if (key === 'read') return formatRate(row.figures.notices.read)
  return formatDecimal(row.figures.points.perMember)
}

/** Branches by the chosen column; tap a header to sort, tap again to flip, tap a row to open the branch. */
export default function BranchTable({ rows, sortKey, descending, onSort, onOpen }: Props) {
  return (
    <View className="branch-table" data-testid="branch-table">
      <View className="branch-table__row branch-table__row--head">
        <Text className="branch-table__name">支部</Text>
        {COLUMNS.map((key) => (
          <Text
            key={key}
            className={`branch-table__cell branch-table__sort ${key === sortKey ? 'branch-table__sort--active' : ''}`}
            data-testid={`sort-${key}`}
            onClick={() => onSort(key)}
          >
            {BRANCH_SORT_LABELS[key]}
            {key === sortKey ? (descending ? '↓' : '↑') : ''}
          </Text>
        ))}
      </View>
      {rows.map((row) => (
        <View
          key={row.branchId}
          className="branch-table__row"
          data-testid="branch-row"
          data-branch-id={row.branchId}
          onClick={() => onOpen(row)}
        >
          <Text className="branch-table__name">{row.branchName}</Text>
          {COLUMNS.map((key) => (
            <Text
              key={key}
              className={`branch-table__cell ${cell(row, key) === '暂无数据' ? 'branch-table__cell--empty' : ''}`}
            >
              {cell(row, key)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
