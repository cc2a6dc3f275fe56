import { useState } from 'react'
import Taro from '@tarojs/taro'
import { confirmDialog } from '@/utils/dialog'
import type { RosterEntry } from '@contract'
import type { Role } from '@contract/common'
import { listBranches, memberHistory, moveMember, searchRoster, setRoles, unbind } from '@/api/members'
import { useRequest } from '../useRequest'
import { useRoster } from './useRoster'

const confirm = (title: string, content: string) => confirmDialog({ title, content })

const done = (title: string) => void Taro.showToast({ title, icon: 'success' })

/** 名册管理 (admin): a chosen branch's roster and the changes an admin makes to it. */
export function useAdminRoster() {
  const branches = useRequest(() => listBranches({ silent: true }), [])
  const [chosenBranchId, setBranchId] = useState<string>()
  const branchId = chosenBranchId ?? branches.data?.[0]?.id
  const roster = useRoster(branchId, Boolean(branchId))
  /** 名册搜索 across every branch: the term being typed, and the one searched for. */
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState('')
  const results = useRequest(() => searchRoster(query, { silent: true }), [query], { ready: query.length > 0 })

  /** Puts a changed entry back; a member moved elsewhere leaves the branch list (search results keep them). */
  const replace = (changed: RosterEntry) => {
    const put = (entries: RosterEntry[] | undefined) =>
      entries?.map((entry) => (entry.memberId === changed.memberId ? changed : entry))
    roster.setData((entries) => put(entries)?.filter((entry) => entry.branchId === branchId))
    results.setData(put)
  }

  const run = async (action: () => Promise<RosterEntry>, message: string) => {
    try {
      replace(await action())
      done(message)
      return true
    } catch {
      return false // the transport has shown the error
    }
  }

  const saveRoles = (entry: RosterEntry, roles: Role[]) =>
    run(() => setRoles({ memberId: entry.memberId, roles }), '角色已更新')

  const move = async (entry: RosterEntry, toBranchId: string, groupId: string | null) => {
    const target = branches.data?.find((branch) => branch.id === toBranchId)
    const group = target?.groups.find((item) => item.id === groupId)
    const where = `${target?.name ?? ''}${group ? ` · ${group.name}` : ''}`
    if (!(await confirm('调整支部', `确定将 ${entry.name} 调整到 ${where}？`))) return false
    return run(() => moveMember({ memberId: entry.memberId, branchId: toBranchId, groupId }), '已调整')
  }

  const unbindMember = async (entry: RosterEntry) => {
    if (!(await confirm('解除绑定', `解除后 ${entry.name} 需要重新绑定微信才能使用，确定解除？`))) return false
    return run(() => unbind(entry.memberId), '已解除绑定')
  }

  const search = {
    typed,
    setTyped,
    query,
    results,
    run: () => setQuery(typed.trim()),
    clear: () => {
      setTyped('')
      setQuery('')
    },
  }

  return { branches, branchId, setBranchId, roster, search, saveRoles, move, unbindMember }
}

/** A member's change history, newest first as the server returns it. */
export function useMemberHistory(memberId: string) {
  return useRequest(() => memberHistory(memberId, { silent: true }), [memberId])
}
