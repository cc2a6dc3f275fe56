// Selectors: [data-testid=review-invite] .review-days .review-create .review-copy [data-testid=review-code]
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Section from '@/components/Section'
import { REVIEW_DAYS, useReviewInvite } from '@/hooks/members/useReviewInvite'
import { formatDateTimeText } from '@/utils/time'
import './index.scss'

/** 审核账号 (admin): what WeChat's reviewers need to see every member and secretary page without real members. */
export default function ReviewInvitePage() {
  const { days, setDays, invite, create, creating, copy } = useReviewInvite()
  return (
    <View className="page review-invite" data-testid="review-invite">
      <Section title="微信审核账号">
        <View className="review-invite__body">
          <Text className="review-invite__hint">
            提交审核前生成邀请码，填入「审核备注」：审核员在绑定页选择“邀请码”即进入独立的「审核演示支部」，
            以支部书记身份查看党员和书记页面，看不到也改不了真实党员的数据。到期后该账号的所有操作都会被拒绝。
          </Text>
          <View className="review-invite__days">
            {REVIEW_DAYS.map((option) => (
              <Button
                key={option}
                className="review-days"
                size="small"
                type="primary"
                fill={option === days ? 'solid' : 'outline'}
                onClick={() => setDays(option)}
              >
                {option} 天
              </Button>
            ))}
          </View>
          <Button className="review-create" type="primary" block loading={creating} onClick={() => void create()}>
            生成审核邀请码
          </Button>
        </View>
      </Section>
      {invite && (
        <Section title="审核邀请码">
          <View className="review-invite__body">
            <Text className="review-invite__code" data-testid="review-code">
              {invite.code}
            </Text>
            <Text className="review-invite__hint">
              {invite.branchName} · {invite.memberName} · 有效期至 {formatDateTimeText(invite.expiresAt)}
            </Text>
            <Button className="review-copy" fill="outline" type="primary" block onClick={() => void copy()}>
              复制邀请码
            </Button>
          </View>
        </Section>
      )}
    </View>
  )
}
