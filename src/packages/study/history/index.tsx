// Selectors: .history-tab--entries .history-tab--claims [data-testid=ledger-row] [data-testid=claim-card] .history-more
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import ClaimCard from '@/components/points/ClaimCard'
import LedgerRow from '@/components/points/LedgerRow'
import { useLedger } from '@/hooks/points/useLedger'
import { useMyClaims } from '@/hooks/points/useMyClaims'
import './index.scss'

function Entries() {
  const ledger = useLedger()
  if (!ledger.entries.length)
    return (
      <PageState loading={ledger.loading} error={ledger.error} onRetry={() => void ledger.reload()}>
        <EmptyState title="暂无积分记录" description="参加组织生活、完成学习后将在这里累计积分" />
      </PageState>
    )
  return (
    <View className="history__list">
      {ledger.entries.map((entry) => (
        <LedgerRow key={entry.id} entry={entry} />
      ))}
      {ledger.hasMore && (
        <Button className="history-more" fill="none" block loading={ledger.loading} onClick={ledger.loadMore}>
          加载更多
        </Button>
      )}
    </View>
  )
}

function Claims() {
  const claims = useMyClaims()
  return (
    <PageState loading={claims.loading} error={claims.error} onRetry={claims.reload}>
      {claims.data?.length ? (
        claims.data.map((claim) => <ClaimCard key={claim.id} claim={claim} />)
      ) : (
        <EmptyState title="还没有提交过申请" description="心得体会和线下学习提交后，在这里查看审核结果" />
      )}
    </PageState>
  )
}

/** 积分明细 and 我的申请 (with the secretary's decision). */
export default function HistoryPage() {
  const [tab, setTab] = useState<'entries' | 'claims'>('entries')
  return (
    <View className="page history">
      <View className="history__tabs">
        <Text
          className={`history__tab history-tab--entries ${tab === 'entries' ? 'history__tab--active' : ''}`}
          onClick={() => setTab('entries')}
        >
          积分明细
        </Text>
        <Text
          className={`history__tab history-tab--claims ${tab === 'claims' ? 'history__tab--active' : ''}`}
          onClick={() => setTab('claims')}
        >
          我的申请
        </Text>
      </View>
      <View className="history__body">{tab === 'entries' ? <Entries /> : <Claims />}</View>
    </View>
  )
}
