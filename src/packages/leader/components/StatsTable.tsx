import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { NO_DATA } from '@/utils/stats'
import './BranchTable.scss'

export interface StatsColumn {
  key: string
  /** The header's text (with the sort arrow when sorted by it). */
  label: string
  /** Sortable columns: tapping the header calls this. */
  onSort?: () => void
  active?: boolean
}

interface Props<R> {
  /** The table's test id; each row's is `<kind>-row` with `data-<kind>-id`. */
  kind: 'unit' | 'branch'
  /** The first column's header: 组织, 支部. */
  nameTitle: string
  columns: StatsColumn[]
  rows: R[]
  idOf: (row: R) => string
  name: (row: R) => ReactNode
  /** One text per column, in order. */
  cells: (row: R) => string[]
  onOpen: (row: R) => void
  /** A row's extra class (unit rows drill down). */
  rowClassName?: string
}

/** The dashboard's figures table: a name column, then one figure per column; tap a row to open it. */
export default function StatsTable<R>({
  kind,
  nameTitle,
  columns,
  rows,
  idOf,
  name,
  cells,
  onOpen,
  rowClassName,
}: Props<R>) {
  return (
    <View className="branch-table" data-testid={`${kind}-table`}>
      <View className="branch-table__row branch-table__row--head">
        <Text className="branch-table__name">{nameTitle}</Text>
        {columns.map((column) => (
          <Text
            key={column.key}
            className={`branch-table__cell ${column.onSort ? 'branch-table__sort' : ''} ${column.active ? 'branch-table__sort--active' : ''}`}
            data-testid={column.onSort ? `sort-${column.key}` : undefined}
            onClick={column.onSort}
          >
            {column.label}
          </Text>
        ))}
      </View>
      {rows.map((row) => (
        <View
          key={idOf(row)}
          className={`branch-table__row ${rowClassName ?? ''}`}
          data-testid={`${kind}-row`}
          {...{ [`data-${kind}-id`]: idOf(row) }}
          onClick={() => onOpen(row)}
        >
          {name(row)}
          {cells(row).map((value, index) => (
            <Text
              key={columns[index]?.key ?? index}
              className={`branch-table__cell ${value === NO_DATA ? 'branch-table__cell--empty' : ''}`}
            >
              {value}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
