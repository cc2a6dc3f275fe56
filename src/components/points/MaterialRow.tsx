import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MaterialSummary } from '@contract'
import { formatSeconds } from '@/utils/points'
import { shanghai } from '@/utils/time'
import './MaterialRow.scss'

const PROGRESS_LABELS: Record<MaterialSummary['progress'], string> = { new: '', started: '学习中', completed: '已完成' }

/** A material in a list: title, kind, required time (when the organisation times study), points and my progress. */
export default function MaterialRow({ material }: { material: MaterialSummary }) {
  return (
    <View
      className="material-row"
      data-testid="material-row"
      onClick={() => void Taro.navigateTo({ url: `/packages/study/material/index?id=${material.id}` })}
    >
      <View className={`material-row__kind material-row__kind--${material.kind}`}>
        <Text>{material.kind === 'video' ? '视频' : '文章'}</Text>
      </View>
      <View className="material-row__main">
        <Text className="material-row__title">{material.title}</Text>
        <Text className="material-row__meta">
          {material.scope === 'branch' ? '本支部 · ' : ''}
          {material.timed ? `学习 ${formatSeconds(material.requiredSeconds)} · ` : ''}+{material.points} 分 ·{' '}
          {shanghai(material.publishedAt).format('M月D日')}
        </Text>
      </View>
      {material.progress !== 'new' && (
        <Text className={`material-row__progress material-row__progress--${material.progress}`}>
          {PROGRESS_LABELS[material.progress]}
        </Text>
      )}
    </View>
  )
}
