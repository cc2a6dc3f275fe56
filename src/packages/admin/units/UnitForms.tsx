import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { UnitView } from '@contract'
import { UNIT_KIND_LABELS, type UnitKind } from '@contract/common'
import ButtonChoice from '@/components/ButtonChoice'
import FieldError from '@/components/FieldError'
import { useCreateUnit, useRenameUnit } from '@/hooks/units/useUnitTree'

const KINDS = (Object.keys(UNIT_KIND_LABELS) as UnitKind[]).map((kind) => [kind, UNIT_KIND_LABELS[kind]] as const)

interface FormProps {
  reload: () => Promise<void>
}

export function RenameForm({ unit, reload }: FormProps & { unit: UnitView }) {
  const form = useRenameUnit(unit, reload)
  return (
    <View>
      <View className="unit-sheet__row">
        <Input
          id="unit-rename"
          className="unit-sheet__input"
          value={form.name}
          maxLength={30}
          onChange={form.setName}
        />
        <Button
          className="unit-rename-save"
          type="primary"
          size="small"
          disabled={!form.changed}
          loading={form.submit.running}
          onClick={() => void form.submit.run()}
        >
          改名
        </Button>
      </View>
      <FieldError message={form.submit.error} />
    </View>
  )
}

export function CreateForm({ parent, reload }: FormProps & { parent: UnitView }) {
  const form = useCreateUnit(parent, reload)
  return (
    <View>
      <ButtonChoice className="unit-child-kind" value={form.kind} options={KINDS} onChange={form.setKind} />
      <View className="unit-sheet__row">
        <Input
          id="unit-child-name"
          className="unit-sheet__input"
          placeholder={`新${UNIT_KIND_LABELS[form.kind]}名称`}
          value={form.name}
          maxLength={30}
          onChange={form.setName}
        />
        <Button
          className="unit-create"
          type="primary"
          size="small"
          disabled={!form.name.trim()}
          loading={form.submit.running}
          onClick={() => void form.submit.run()}
        >
          新建
        </Button>
      </View>
      <FieldError message={form.submit.error} />
    </View>
  )
}
