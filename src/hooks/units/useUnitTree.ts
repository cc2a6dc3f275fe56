import { useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import type { UnitView } from '@contract'
import { UNIT_KIND_LABELS, type UnitKind } from '@contract/common'
import { createUnit, deleteUnit, listUnits, moveUnit, renameUnit, reorderUnits } from '@/api/units'
import { confirmDialog } from '@/utils/dialog'
import { newRequestId } from '@/utils/requestId'
import { moveTargets, shiftedOrder, unitLines } from '@/utils/units'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

const done = (title: string) => void Taro.showToast({ title, icon: 'success' })

/**
 * 组织架构 (admin): the tree the caller oversees and the changes they make to it.
 * Every change reloads the tree: a move or a new unit changes the order of
 * the list and the paths below it.
 */
export function useUnitTree() {
  const tree = useRequest(() => listUnits({ silent: true }), [], { pullDownRefresh: true })
  const units = tree.data ?? []
  const lines = useMemo(() => unitLines(tree.data ?? []), [tree.data])
  const [selectedId, select] = useState<string>()
  const selected = units.find((unit) => unit.id === selectedId)

  /** Runs a change that the transport reports on failure (toast); true when it went through. */
  const change = async (call: () => Promise<unknown>, message: string) => {
    try {
      await call()
    } catch {
      return false
    }
    done(message)
    await tree.reload()
    return true
  }

  const move = async (unit: UnitView, parent: UnitView) => {
    if (
      !(await confirmDialog({
        title: '调整上级组织',
        content: `确定将「${unit.name}」及其下级组织移到「${parent.name}」之下？`,
      }))
    )
      return false
    return change(() => moveUnit({ unitId: unit.id, parentId: parent.id }), '已调整')
  }

  const shift = (unit: UnitView, step: -1 | 1) => {
    const unitIds = shiftedOrder(units, unit, step)
    return unitIds ? change(() => reorderUnits({ parentId: unit.parentId!, unitIds }), '已调整顺序') : false
  }

  return {
    tree,
    lines,
    selected,
    select,
    close: () => select(undefined),
    moveTargets: (unit: UnitView) => moveTargets(units, unit),
    canShift: (unit: UnitView, step: -1 | 1) => shiftedOrder(units, unit, step) !== null,
    move,
    shift,
    reload: tree.reload,
  }
}

export type UnitTree = ReturnType<typeof useUnitTree>

/** A unit's name form (rename), its error inline. */
export function useRenameUnit(unit: UnitView, reload: () => Promise<void>) {
  const [name, setName] = useState(unit.name)
  const submit = useSubmit(() => renameUnit({ unitId: unit.id, name: name.trim() }, { silent: true }), {
    fallback: '保存失败，请稍后再试',
    toast: { title: '已改名' },
    onDone: reload,
  })
  return {
    name,
    setName: (value: string) => (setName(value), submit.clearError()),
    changed: name.trim() !== unit.name,
    submit,
  }
}

/** The form for a new unit under `parent`; one request id per form, so a retried tap creates one unit. */
export function useCreateUnit(parent: UnitView, reload: () => Promise<void>) {
  const [name, setName] = useState('')
  const [kind, setKind] = useState<UnitKind>('branch')
  const [requestId, setRequestId] = useState(newRequestId)
  const submit = useSubmit(
    () => createUnit({ parentId: parent.id, kind, name: name.trim(), requestId }, { silent: true }),
    {
      fallback: '新建失败，请稍后再试',
      toast: { title: (unit) => `已新建${UNIT_KIND_LABELS[unit.kind]}` },
      onDone: async () => {
        setName('')
        setRequestId(newRequestId())
        await reload()
      },
    },
  )
  return { name, setName: (value: string) => (setName(value), submit.clearError()), kind, setKind, submit }
}

/** Deleting a unit after a confirmation; the server's refusal (members, units below) is shown inline. */
export function useDeleteUnit(unit: UnitView, onDeleted: () => Promise<void>) {
  const submit = useSubmit(() => deleteUnit(unit.id, { silent: true }), {
    fallback: '删除失败，请稍后再试',
    toast: { title: '已删除' },
    onDone: onDeleted,
  })
  const remove = async () => {
    const content = `删除后不可恢复，确定删除「${unit.name}」？`
    if (await confirmDialog({ title: `删除${UNIT_KIND_LABELS[unit.kind]}`, content, confirmText: '删除' }))
      await submit.run()
  }
  return { remove, running: submit.running, error: submit.error }
}
