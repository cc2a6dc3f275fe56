// Selectors: [data-testid=material-title] [data-testid=study-timer] .study-complete [data-testid=study-outcome]
import { Text, Video, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageState from '@/components/PageState'
import { fileUrl } from '@/api/transport'
import { useStudyMaterial, type CompleteOutcome } from '@/hooks/points/useStudyMaterial'
import { formatSeconds } from '@/utils/points'
import { formatDateTime } from '@/utils/time'
import ArticleBody from '../components/ArticleBody'
import './index.scss'

const timerText = (completed: boolean, timed: boolean, remaining: number | null) => {
  if (completed) return '已完成学习'
  if (!timed) return '读完后点「完成学习」记积分'
  if (remaining === null) return '正在记录学习时间…'
  return remaining > 0 ? `还需学习 ${formatSeconds(remaining)}` : '已达到学习时长，可以完成学习'
}

const outcomeText = (outcome: CompleteOutcome) => {
  if (outcome.kind === 'refused') return outcome.message
  if (outcome.result.status === 'duplicate') return '该资料已完成学习，积分不重复计算'
  return outcome.result.message ?? `学习完成，积分 +${outcome.result.points}`
}

type Material = NonNullable<ReturnType<typeof useStudyMaterial>['material']['data']>

/** Title, publisher, what studying it takes and earns; the player for a video. */
function MaterialHead({ material: data }: { material: Material }) {
  return (
    <>
      <View className="material__head">
        <Text className="material__title" data-testid="material-title">
          {data.title}
        </Text>
        <Text className="material__meta">
          {data.publisherName} · {formatDateTime(data.publishedAt)} ·{' '}
          {data.timed ? `学习 ${formatSeconds(data.requiredSeconds)}，` : ''}得 {data.points} 分
        </Text>
      </View>
      {data.kind === 'video' && (
        <Video
          className="material__video"
          src={data.videoUrl ?? (data.videoFileID ? fileUrl(data.videoFileID) : '')}
          controls
        />
      )}
    </>
  )
}

/** One material: the server records when I opened it and decides whether 完成学习 counts. */
export default function MaterialPage() {
  const { params } = useRouter()
  const { material, session, remaining, completed, completing, outcome, complete } = useStudyMaterial(params.id ?? '')
  const data = material.data
  return (
    <View className="page material">
      <PageState loading={material.loading} error={material.error} onRetry={material.reload}>
        {data && (
          <>
            <MaterialHead material={data} />
            {data.body && <ArticleBody body={data.body} />}
            <View className="material__spacer" />
            <View className="material__bar">
              <View className="material__status">
                <Text className="material__timer" data-testid="study-timer">
                  {timerText(completed, session?.timed ?? data.timed, remaining)}
                </Text>
                {outcome && (
                  <Text className={`material__outcome material__outcome--${outcome.kind}`} data-testid="study-outcome">
                    {outcomeText(outcome)}
                  </Text>
                )}
              </View>
              <Button
                className="study-complete"
                type="primary"
                loading={completing}
                disabled={completed}
                onClick={() => void complete()}
              >
                {completed ? '已完成' : '完成学习'}
              </Button>
            </View>
          </>
        )}
      </PageState>
    </View>
  )
}
