import { Image, Text, View } from '@tarojs/components'
import type { Claim } from '@contract'
import { fileUrl } from '@/api/transport'
import { formatDateTime } from '@/utils/time'
import './ClaimCard.scss'

const STATUS_LABELS: Record<Claim['status'], string> = { pending: '待审核', approved: '已通过', rejected: '已驳回' }
const CATEGORY_LABELS: Record<Claim['category'], string> = { reflection: '心得体会', offline: '线下学习' }

/** A claim with its state: the secretary's decision, the points or the rejection reason. */
export default function ClaimCard({
  claim,
  showMember,
  children,
}: {
  claim: Claim
  showMember?: boolean
  children?: React.ReactNode
}) {
  return (
    <View className="claim-card" data-testid="claim-card">
      <View className="claim-card__head">
        <Text className="claim-card__title">
          {CATEGORY_LABELS[claim.category]}：{claim.title}
        </Text>
        <Text className={`claim-card__status claim-card__status--${claim.status}`}>{STATUS_LABELS[claim.status]}</Text>
      </View>
      <Text className="claim-card__meta">
        {showMember ? `${claim.memberName} · ` : ''}
        {formatDateTime(claim.createdAt)} 提交
      </Text>
      <Text className="claim-card__content">{claim.content}</Text>
      {claim.photoFileID && <Image className="claim-card__photo" src={fileUrl(claim.photoFileID)} mode="aspectFill" />}
      {claim.status === 'approved' && (
        <Text className="claim-card__result">
          {claim.reviewerName ? `${claim.reviewerName} 审核通过，` : '已通过，'}计 {claim.grantedPoints ?? 0} 分
          {claim.grantMessage ? `（${claim.grantMessage}）` : ''}
        </Text>
      )}
      {claim.status === 'rejected' && (
        <Text className="claim-card__result claim-card__result--rejected">驳回原因：{claim.rejectReason}</Text>
      )}
      {children}
    </View>
  )
}
