import { Text, View } from '@tarojs/components'
import { Button, Popup } from '@nutui/nutui-react-taro'
import type { UnitView } from '@contract'
import { UNIT_KIND_LABELS } from '@contract/common'
import FieldError from '@/components/FieldError'
import { useDeleteUnit, type UnitTree } from '@/hooks/units/useUnitTree'
import { holdsUnits } from '@/utils/units'
import { CreateForm, RenameForm } from './UnitForms'
import MoveForm from './MoveForm'
import GrantEditor from './GrantEditor'

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className="unit-sheet__block">
      <Text className="unit-sheet__title">{title}</Text>
      {children}
    </View>
  )
}

/** 上移 / 下移 among the siblings, when the parent is the admin's too. */
function OrderButtons({ tree, unit }: { tree: UnitTree; unit: UnitView }) {
  return (
    <View className="unit-sheet__row">
      <Button
        className="unit-up"
        size="small"
        disabled={!tree.canShift(unit, -1)}
        onClick={() => void tree.shift(unit, -1)}
      >
        上移
      </Button>
      <Button
        className="unit-down"
        size="small"
        disabled={!tree.canShift(unit, 1)}
        onClick={() => void tree.shift(unit, 1)}
      >
        下移
      </Button>
    </View>
  )
}

function DeleteButton({ tree, unit }: { tree: UnitTree; unit: UnitView }) {
  const deletion = useDeleteUnit(unit, async () => {
    tree.close()
    await tree.reload()
  })
  return (
    <View>
      <FieldError message={deletion.error} />
      <Button
        className="unit-delete"
        type="primary"
        fill="outline"
        block
        loading={deletion.running}
        onClick={() => void deletion.remove()}
      >
        删除{UNIT_KIND_LABELS[unit.kind]}
      </Button>
    </View>
  )
}

/** Everything an admin changes about one unit, in a bottom sheet. */
export default function UnitSheet({ tree }: { tree: UnitTree }) {
  const unit = tree.selected
  const isRoot = unit?.parentId === null
  return (
    <Popup visible={Boolean(unit)} position="bottom" round closeable destroyOnClose onClose={tree.close}>
      {unit && (
        <View className="unit-sheet" data-testid="unit-sheet" key={unit.id}>
          <View className="unit-sheet__head">
            <Text className="unit-sheet__name">{unit.name}</Text>
            <Text className="unit-sheet__kind">{UNIT_KIND_LABELS[unit.kind]}</Text>
          </View>
          <Block title="名称">
            <RenameForm key={unit.name} unit={unit} reload={tree.reload} />
          </Block>
          {holdsUnits(unit.kind) && (
            <Block title="新建下级组织">
              <CreateForm parent={unit} reload={tree.reload} />
            </Block>
          )}
          {!isRoot && (
            <Block title="上级组织与排序">
              <MoveForm key={unit.parentId} unit={unit} targets={tree.moveTargets(unit)} onMove={tree.move} />
              <OrderButtons tree={tree} unit={unit} />
            </Block>
          )}
          <Block title="授权">
            <GrantEditor unit={unit} />
          </Block>
          {!isRoot && <DeleteButton tree={tree} unit={unit} />}
        </View>
      )}
    </Popup>
  )
}
