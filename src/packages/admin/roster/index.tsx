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

/** 名册管理 (admin): any branch, full phones; tap a member to change roles, branch or binding. */
// eslint-disable-next-line complexity -- admin pages are being changed on branch i16c: split after that merge (issue 23)
export default function AdminRoster() {
  const admin = useAdminRoster()
  const { branches, branchId, setBranchId, roster, search } = admin
  const [selectedId, setSelectedId] = useState<string>()
  const branchList = branches.data ?? []
  const branchIndex = Math.max(
    0,
    branchList.findIndex((branch) => branch.id === branchId),
  )
  const searching = search.query.length > 0
  const shown = searching ? search.results : roster
  const selected = shown.data?.find((entry) => entry.memberId === selectedId)
  const branchName = (id: string) => branchList.find((branch) => branch.id === id)?.name ?? ''

  return (
    <View className="page roster-page">
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
      {searching && (
        <PageState
          loading={search.results.loading && !search.results.data}
          error={search.results.error}
          onRetry={search.results.reload}
        >
          <View className="roster-page__summary roster-page__summary--search" data-testid="roster-search-summary">
            <Text>
              「{search.query}」找到 {search.results.data?.length ?? 0} 人
              {search.results.data?.length === 50 ? '（仅显示前 50 人，请输入更多字）' : ''}
            </Text>
            <Text className="roster-search-clear roster-page__clear" onClick={search.clear}>
              清除
            </Text>
          </View>
          {search.results.data?.map((entry) => (
            <View key={entry.memberId}>
              <Text className="roster-page__branch">{branchName(entry.branchId)}</Text>
              <RosterRow entry={entry} onClick={() => setSelectedId(entry.memberId)} />
            </View>
          ))}
        </PageState>
      )}
      <PageState loading={branches.loading} error={branches.error} onRetry={branches.reload}>
        {searching ? null : branchList.length === 0 ? (
          <EmptyState title="暂无支部" description="导入名册后将自动建立支部" />
        ) : (
          <Picker
            mode="selector"
            range={branchList.map((branch) => branch.name)}
            value={branchIndex}
            onChange={(event) => setBranchId(branchList[Number(event.detail.value)]?.id)}
          >
            <View className="branch-picker" id="admin-branch-picker">
              <Text className="branch-picker__label">支部</Text>
              <Text className="branch-picker__value">{branchList[branchIndex]?.name}</Text>
              <Text className="branch-picker__arrow">切换 ›</Text>
            </View>
          </Picker>
        )}
        {branchId && !searching && (
          <PageState loading={roster.loading && !roster.data} error={roster.error} onRetry={roster.reload}>
            <View className="roster-page__summary" data-testid="roster-summary">
              <Text>{rosterSummary(roster.data ?? [])}，点击党员可调整</Text>
            </View>
            {roster.data?.length === 0 && <EmptyState title="该支部暂无党员" />}
            {roster.data?.map((entry) => (
              <RosterRow key={entry.memberId} entry={entry} onClick={() => setSelectedId(entry.memberId)} />
            ))}
          </PageState>
        )}
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
