// Selectors: [data-testid=unit-summary] [data-testid=unit-line][data-unit-id=<id>] then in the sheet: [data-testid=unit-sheet] #unit-rename .unit-rename-save #unit-child-name .unit-child-kind .unit-create [data-testid=unit-move-target][data-unit-id=<id>] .unit-move-save .unit-up .unit-down #grant-search .grant-search-submit [data-testid=grant-candidate] .grant-role .grant-save [data-testid=unit-grant] .grant-revoke .unit-delete [data-testid=field-error]
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageState from '@/components/PageState'
import { useUnitTree } from '@/hooks/units/useUnitTree'
import { UNIT_KIND_LABELS as KIND_LABELS } from '@contract/common'
import type { UnitLine } from '@/utils/units'
import UnitSheet from './UnitSheet'
import './index.scss'

function UnitRow({ line, onSelect }: { line: UnitLine; onSelect: () => void }) {
  return (
    <View
      className={`unit-line unit-line--${line.kind}`}
      data-testid="unit-line"
      data-unit-id={line.id}
      style={{ paddingLeft: Taro.pxTransform(28 + line.depth * 36) }}
      onClick={line.canManage ? onSelect : undefined}
    >
      {line.depth > 0 && <Text className="unit-line__branch">└</Text>}
      <Text className="unit-line__name">{line.name}</Text>
      <Text className={`tag ${line.kind === 'branch' ? 'tag--plain' : 'tag--primary'}`}>{KIND_LABELS[line.kind]}</Text>
      {line.canManage && <Text className="unit-line__arrow">›</Text>}
    </View>
  )
}

/** 组织架构 (admin): the tree they oversee, indented by level; tap a unit to change it. */
export default function UnitsPage() {
  const tree = useUnitTree()
  return (
    <View className="page units-page">
      <PageState loading={tree.tree.loading && !tree.tree.data} error={tree.tree.error} onRetry={tree.reload}>
        <View className="units-page__summary" data-testid="unit-summary">
          <Text>共 {tree.lines.length} 个组织，点击组织可调整、授权</Text>
        </View>
        <View className="units-page__list">
          {tree.lines.map((line) => (
            <UnitRow key={line.id} line={line} onSelect={() => tree.select(line.id)} />
          ))}
        </View>
      </PageState>
      <UnitSheet tree={tree} />
    </View>
  )
}
