// Selectors: #roster-search .roster-search-submit .roster-search-clear [data-testid=roster-search-summary] #admin-branch-picker [data-testid=roster-summary] [data-testid=roster-row][data-member-id=<id>] then in the sheet: [data-testid=member-sheet] .role-save .move-save .unbind-button [data-testid=member-history]
import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import RosterRow from '@/components/RosterRow'
import { useAdminRoster } from '@/hooks/members/useAdminRoster'
import { rosterSummary } from '@/hooks/members/useRoster'
import MemberSheet from '../components/MemberSheet'
import './index.scss'

type AdminRosterState = ReturnType<typeof useAdminRoster>
type Branch = NonNullable<AdminRosterState['branches']['data']>[number]
type Search = AdminRosterState['search']
type Select = (memberId: string) => void

/** Where the picker stands: the chosen branch, or the first one. */
const branchIndexOf = (branchList: Branch[], branchId: string | undefined) =>
  Math.max(
    0,
    branchList.findIndex((branch) => branch.id === branchId),
  )

/** The search box over every branch. */
function SearchBar({ search }: { search: Search }) {
  return (
    <View className="roster-search">
      <Input
        id="roster-search"
        className="roster-search__input"
        placeholder="搜索姓名或手机号（全部支部）"
        value={search.typed}
        confirmType="search"
        onChange={search.setTyped}
        onConfirm={search.run}
      />
      <Button className="roster-search-submit" type="primary" size="small" onClick={search.run}>
        搜索
      </Button>
    </View>
  )
}

/** The members found, each under the name of their branch. */
function SearchResults({ search, branchList, onSelect }: { search: Search; branchList: Branch[]; onSelect: Select }) {
  const { results } = search
  const branchName = (id: string) => branchList.find((branch) => branch.id === id)?.name ?? ''
  return (
    <PageState loading={results.loading && !results.data} error={results.error} onRetry={results.reload}>
      <View className="roster-page__summary roster-page__summary--search" data-testid="roster-search-summary">
        <Text>
          「{search.query}」找到 {results.data?.length ?? 0} 人
          {results.data?.length === 50 ? '（仅显示前 50 人，请输入更多字）' : ''}
        </Text>
        <Text className="roster-search-clear roster-page__clear" onClick={search.clear}>
          清除
        </Text>
      </View>
      {results.data?.map((entry) => (
        <View key={entry.memberId}>
          <Text className="roster-page__branch">{branchName(entry.branchId)}</Text>
          <RosterRow entry={entry} onClick={() => onSelect(entry.memberId)} />
        </View>
      ))}
    </PageState>
  )
}

/** 支部 … 切换 ›, or a word when there is no branch yet. */
function BranchPicker({ admin, branchList }: { admin: AdminRosterState; branchList: Branch[] }) {
  if (branchList.length === 0) return <EmptyState title="暂无支部" description="导入名册后将自动建立支部" />
  const branchIndex = branchIndexOf(branchList, admin.branchId)
  return (
    <Picker
      mode="selector"
      range={branchList.map((branch) => branch.name)}
      value={branchIndex}
      onChange={(event) => admin.setBranchId(branchList[Number(event.detail.value)]?.id)}
    >
      <View className="branch-picker" id="admin-branch-picker">
        <Text className="branch-picker__label">支部</Text>
        <Text className="branch-picker__value">{branchList[branchIndex]?.name}</Text>
        <Text className="branch-picker__arrow">切换 ›</Text>
      </View>
    </Picker>
  )
}

/** The chosen branch's members. */
function BranchRoster({ roster, onSelect }: { roster: AdminRosterState['roster']; onSelect: Select }) {
  return (
    <PageState loading={roster.loading && !roster.data} error={roster.error} onRetry={roster.reload}>
      <View className="roster-page__summary" data-testid="roster-summary">
        <Text>{rosterSummary(roster.data ?? [])}，点击党员可调整</Text>
      </View>
      {roster.data?.length === 0 && <EmptyState title="该支部暂无党员" />}
      {roster.data?.map((entry) => (
        <RosterRow key={entry.memberId} entry={entry} onClick={() => onSelect(entry.memberId)} />
      ))}
    </PageState>
  )
}

/** 名册管理 (admin): any branch, full phones; tap a member to change roles, branch or binding. */
export default function AdminRoster() {
  const admin = useAdminRoster()
  const { branches, branchId, roster, search } = admin
  const [selectedId, setSelectedId] = useState<string>()
  const branchList = branches.data ?? []
  const searching = search.query.length > 0
  const shown = searching ? search.results : roster
  const selected = shown.data?.find((entry) => entry.memberId === selectedId)

  return (
    <View className="page roster-page">
      <SearchBar search={search} />
      {searching && <SearchResults search={search} branchList={branchList} onSelect={setSelectedId} />}
      <PageState loading={branches.loading} error={branches.error} onRetry={branches.reload}>
        {searching ? null : <BranchPicker admin={admin} branchList={branchList} />}
        {branchId && !searching && <BranchRoster roster={roster} onSelect={setSelectedId} />}
      </PageState>
      <MemberSheet
        entry={selected}
        branches={branchList}
        onClose={() => setSelectedId(undefined)}
        onSaveRoles={admin.saveRoles}
        onMove={admin.move}
        onUnbind={admin.unbindMember}
      />
    </View>
  )
}
