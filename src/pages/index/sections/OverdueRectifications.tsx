import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Profile } from '@contract'
import Section from '@/components/Section'
import StatusChip from '@/components/StatusChip'
import { lifeMeetingUrl } from '@/hooks/organisationLife/pages'
import { useOverdueRectifications } from '@/hooks/organisationLife/useOverdueRectifications'
import { dayjs, formatCalendarDate, shanghai } from '@/utils/time'
import './OverdueRectifications.scss'

const daysLate = (deadline: string) => shanghai().startOf('day').diff(dayjs(deadline), 'day')

/** 整改逾期 (secretary): 组织生活会 整改 items still open after their deadline; shown only when there are some. */
export default function OverdueRectifications({ profile }: { profile: Profile }) {
  const { data } = useOverdueRectifications(profile.roles.includes('secretary'))
  if (!data?.length) return null
  return (
    <Section title={`整改逾期（${data.length}）`} testId="home-overdue">
      {data.map((row) => (
        <View
          key={row.id}
          className="home-overdue__row"
          data-testid="overdue-row"
          data-rectification-id={row.id}
          onClick={() => void Taro.navigateTo({ url: lifeMeetingUrl(row.eventId) })}
        >
          <View className="home-overdue__top">
            <Text className="home-overdue__item">{row.item}</Text>
            <StatusChip tone="danger">{`逾期 ${daysLate(row.deadline)} 天`}</StatusChip>
          </View>
          <Text className="home-overdue__meta">
            责任人 {row.owner.name} · 期限 {formatCalendarDate(row.deadline)}
          </Text>
        </View>
      ))}
    </Section>
  )
}
