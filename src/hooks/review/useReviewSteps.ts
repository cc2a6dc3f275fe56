import { closeReview, finaliseReview, publishReview } from '@/api/review'
import { confirmDialog } from '@/utils/dialog'
import { useSubmit } from '../useSubmit'

const asked = async (title: string, content: string, step: () => Promise<unknown>) => {
  if (await confirmDialog({ title, content })) await step()
}

/** The secretary's steps after voting: 结束投票, 发布公示, 确定结果 — each confirmed first. */
export function useReviewSteps(reviewId: string | undefined, reload: () => Promise<void>) {
  const ref = { reviewId: reviewId as string }
  const close = useSubmit(
    () => asked('结束投票', '结束后党员不能再自评和互评，确定结束投票？', () => closeReview(ref)),
    { onDone: reload },
  )
  const publish = useSubmit(
    () =>
      asked('发布公示', '组织评定将向全支部公示 5 个工作日，公示期间不能修改，确定发布？', () => publishReview(ref)),
    { onDone: reload },
  )
  const finalise = useSubmit(
    () => asked('确定最终结果', '确定后评议结果不能再修改，确定？', () => finaliseReview(ref, { silent: true })),
    { fallback: '操作失败，请重试', onDone: reload },
  )
  return { close, publish, finalise }
}
