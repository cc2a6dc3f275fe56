import { Text, View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import EmptyState from '@/components/EmptyState'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { useCheckMaterial } from '@/hooks/organisationLife/useCheckMaterial'
import type { LifeMeetingState } from '@/hooks/organisationLife/useLifeMeeting'
import { formatDateTime } from '@/utils/time'

/** The caller's own 对照检查材料; the committee also reads everyone's. */
export default function CheckMaterials({ eventId, life }: { eventId: string; life: LifeMeetingState }) {
  const view = life.meeting.data
  const material = useCheckMaterial(eventId, view, life.memberId, life.replace)
  if (!view) return null
  const others = view.materials.filter((item) => item.id !== life.memberId)
  return (
    <>
      <Section title="我的对照检查材料" testId="life-material">
        <View className="life-body">
          <TextArea
            id="life-material"
            className="life-text"
            placeholder="对照党章党规查摆问题、剖析原因、明确努力方向（选填，支部委员会可见）"
            maxLength={5000}
            value={material.text}
            onChange={material.setText}
          />
        </View>
        <View className="life-submit">
          <SubmitBar
            error={material.saving.error}
            className="life-material-submit"
            loading={material.saving.running}
            onSubmit={material.saving.run}
          >
            {material.submitted ? '更新材料' : '提交材料'}
          </SubmitBar>
        </View>
      </Section>
      {life.onCommittee && (
        <Section title={`党员对照检查材料（${others.length}）`} testId="life-materials">
          {others.length === 0 && <EmptyState title="还没有党员提交材料" />}
          {others.map((item) => (
            <View key={item.id} className="life-row" data-testid="material-row" data-member-id={item.id}>
              <View className="life-row__top">
                <Text className="life-row__title">{item.name}</Text>
                <Text className="life-row__meta">{formatDateTime(item.at)}</Text>
              </View>
              <Text className="life-row__text">{item.text}</Text>
            </View>
          ))}
        </Section>
      )}
    </>
  )
}
