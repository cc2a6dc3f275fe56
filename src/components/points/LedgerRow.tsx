import { Text, View } from '@tarojs/components'
import type { LedgerEntry } from '@contract'
import { signed } from '@/utils/points'
import { formatDateTime } from '@/utils/time'
import './LedgerRow.scss'

/** One ledger entry; a cut or refused grant shows why, a reversed one says so. */
export default function LedgerRow({ entry, action }: { entry: LedgerEntry; action?: React.ReactNode }) {
  return (
    <View className="ledger-row" data-testid="ledger-row">
      <View className="ledger-row__main">
        <Text className="ledger-row__reason">{entry.reason}</Text>
        <Text className="ledger-row__meta">
          {entry.categoryLabel} · {formatDateTime(entry.createdAt)}
          {entry.createdByName && entry.createdByName !== '系统' ? ` · ${entry.createdByName}` : ''}
        </Text>
        {entry.capMessage && <Text className="ledger-row__note">{entry.capMessage}</Text>}
        {entry.reversedBy && <Text className="ledger-row__note">已冲正</Text>}
      </View>
      <View className="ledger-row__side">
        <Text className={`ledger-row__points ${entry.points < 0 ? 'ledger-row__points--minus' : ''}`}>
          {signed(entry.points)}
        </Text>
        {action}
      </View>
    </View>
  )
}
