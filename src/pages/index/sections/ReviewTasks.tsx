import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReviewTask } from '@contract'
import Section from '@/components/Section'
import { MY_REVIEW_PAGE } from '@/hooks/review/reviewIds'
import { useReviewTasks } from '@/hooks/review/useReviewTasks'
import { formatDateTime } from '@/utils/time'
import './ReviewTasks.scss'

const Task = ({ task }: { task: ReviewTask }) => (
  <View
    className="home-review__task"
    data-testid="home-review-task"
    onClick={() => void Taro.navigateTo({ url: `${MY_REVIEW_PAGE}?reviewId=${task.review.id}` })}
  >
    <View className="home-review__main">
      <Text className="home-review__title">{task.review.year} 年度民主评议党员</Text>
      <Text className="home-review__meta">
        自评{task.selfDone ? '已完成' : '未完成'} · 互评已评 {task.rated}/{task.toRate}
      </Text>
      <Text className="home-review__meta">投票截止 {formatDateTime(task.review.closesAt)}</Text>
    </View>
    <Text className="home-review__go">去评议 ›</Text>
  </View>
)

/** 首页 › 民主评议: the caller's open 评议 tasks; nothing once they are done. */
export default function ReviewTasks() {
  const { data } = useReviewTasks()
  if (!data?.length) return null
  return (
    <Section title="民主评议" testId="home-review">
      {data.map((task) => (
        <Task key={task.review.id} task={task} />
      ))}
    </Section>
  )
}
