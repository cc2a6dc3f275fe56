// Selectors: .settings-ranking--own|leaders|full .settings-timed .settings-save [data-testid=settings-saved]
import { Text, View } from '@tarojs/components'
import { Switch } from '@nutui/nutui-react-taro'
import SubmitBar from '@/components/SubmitBar'
import { RANKING_VISIBILITIES, RANKING_VISIBILITY_LABELS, type RankingVisibility } from '@contract/pointsLabels'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { usePointsSettings } from '@/hooks/points/usePointsSettings'
import { formatDateTime } from '@/utils/time'
import './index.scss'

const RANKING_HINTS: Record<RankingVisibility, string> = {
  own: '党员在「积分排名」只看到自己的积分和名次，看不到他人的名单（默认）。',
  leaders: '党员和支部书记看不到任何排名，只看自己的积分明细；党委领导和管理员可看完整排名。',
  full: '所有党员可看本支部、全体党员和各支部的前 50 名。',
}

/** 排名与学习设置 (admin): 减负 — rankings never as pressure, study never as 在线时长 unless the organisation wants it. */
export default function PointsSettingsPage() {
  const settings = usePointsSettings()
  const { draft, data } = settings
  return (
    <View className="page points-settings">
      <PageState loading={!draft && !settings.error} error={settings.error} onRetry={settings.reload}>
        {draft && (
          <>
            <Section title="积分排名给谁看">
              {RANKING_VISIBILITIES.map((option) => (
                <View
                  key={option}
                  className={`points-settings__option settings-ranking--${option} ${draft.rankingVisibility === option ? 'points-settings__option--active' : ''}`}
                  onClick={() => settings.change({ rankingVisibility: option })}
                >
                  <View className="points-settings__mark" />
                  <View className="points-settings__text">
                    <Text className="points-settings__label">{RANKING_VISIBILITY_LABELS[option]}</Text>
                    <Text className="points-settings__hint">{RANKING_HINTS[option]}</Text>
                  </View>
                </View>
              ))}
            </Section>
            <Section title="学习计时">
              <View className="points-settings__row">
                <View className="points-settings__text">
                  <Text className="points-settings__label">学习资料按时长计分</Text>
                  <Text className="points-settings__hint">
                    {draft.studyTimed
                      ? '开启：打开资料后需达到发布时设定的学习时长，才能点「完成学习」得分。'
                      : '关闭（默认）：读完资料即可点「完成学习」得分，不统计在线时长。'}
                  </Text>
                </View>
                <Switch
                  className="settings-timed"
                  checked={draft.studyTimed}
                  onChange={(studyTimed) => settings.change({ studyTimed })}
                />
              </View>
            </Section>
            {data?.updatedAt && (
              <Text className="points-settings__saved" data-testid="settings-saved">
                {data.updatedByName ?? '管理员'} 于 {formatDateTime(data.updatedAt)} 修改
              </Text>
            )}
            <View className="points-settings__submit">
              <SubmitBar className="settings-save" loading={settings.saving} onSubmit={settings.save}>
                保存
              </SubmitBar>
            </View>
          </>
        )}
      </PageState>
    </View>
  )
}
