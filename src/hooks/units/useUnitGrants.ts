import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { RosterEntry, UnitGrantView, UnitView } from '@contract'
import { ROLE_LABELS } from '@contract/common'
import { searchRoster } from '@/api/members'
import { grantRole, revokeRole, unitGrants } from '@/api/units'
import { confirmDialog } from '@/utils/dialog'
import { holdsUnits } from '@/utils/units'
import { useRequest } from '../useRequest'

export type GrantRole = UnitGrantView['role']

/** Roles granted on a unit: a secretary grant only on a 党委 or 党总支 (a branch secretary is set in the roster). */
export const grantRolesFor = (unit: UnitView): GrantRole[] =>
  holdsUnits(unit.kind) ? ['leader', 'admin', 'secretary'] : ['leader', 'admin']

/** How a grant reads: 「二分公司党委 党委领导」 is too long; the unit is the sheet's title, so the role alone. */
export const grantLabel = (grant: UnitGrantView): string => ROLE_LABELS[grant.role]

/** Who holds roles on one unit, and granting (a member found by name or phone) or revoking them. */
export function useUnitGrants(unit: UnitView) {
  const grants = useRequest(() => unitGrants(unit.id, { silent: true }), [unit.id])
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState('')
  const found = useRequest(() => searchRoster(query, { silent: true }), [query], { ready: query.length > 0 })
  const [member, pick] = useState<RosterEntry>()
  const [role, setRole] = useState<GrantRole>('leader')
  const [running, setRunning] = useState(false)

  const change = async (call: () => Promise<UnitGrantView[]>, message: string) => {
    setRunning(true)
    try {
      const next = await call()
      grants.setData(() => next)
      void Taro.showToast({ title: message, icon: 'success' })
      return true
    } catch {
      await grants.reload()
      return false
    } finally {
      setRunning(false)
    }
  }

  const grant = async () => {
    if (!member) return false
    const granted = await change(() => grantRole({ unitId: unit.id, memberId: member.memberId, role }), '已授权')
    if (granted) pick(undefined)
    return granted
  }

  const revoke = async (held: UnitGrantView) => {
    const content = `确定撤销 ${held.name} 在「${unit.name}」的${grantLabel(held)}授权？`
    if (!(await confirmDialog({ title: '撤销授权', content, confirmText: '撤销' }))) return false
    return change(() => revokeRole({ unitId: unit.id, memberId: held.memberId, role: held.role }), '已撤销')
  }

  return {
    grants,
    roles: grantRolesFor(unit),
    search: { typed, setTyped, run: () => setQuery(typed.trim()), found, searched: query.length > 0 },
    member,
    pick,
    role,
    setRole,
    running,
    grant,
    revoke,
  }
}
