import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { ReviewProgress } from '@contract'
import { useReviewSteps } from '@/hooks/review/useReviewSteps'

/** The next step of the review for its phase: 结束投票, 发布公示, 确定最终结果. */
export default function Steps({ progress, reload }: { progress: ReviewProgress; reload: () => Promise<void> }) {
  const steps = useReviewSteps(progress.review.id, reload)
  const { phase } = progress.review
  return (
    <View className="manage__body">
      {phase === 'open' && (
        <Button className="review-close" block loading={steps.close.running} onClick={() => void steps.close.run()}>
          结束投票
        </Button>
      )}
      {phase === 'proposed' && (
        <Button
          className="review-publish"
          type="primary"
          block
          loading={steps.publish.running}
          onClick={() => void steps.publish.run()}
        >
          发布公示（5 个工作日）
        </Button>
      )}
      {phase === 'publicized' && (
        <>
          {steps.finalise.error && (
            <Text className="manage__error" data-testid="review-finalise-error">
              {steps.finalise.error}
            </Text>
          )}
          <Button
            className="review-finalise"
            type="primary"
            block
            loading={steps.finalise.running}
            onClick={() => void steps.finalise.run()}
          >
            确定最终结果
          </Button>
        </>
      )}
    </View>
  )
}
