// Selectors: [data-testid=birthdays] [data-testid=birthday-month] [data-testid=birthday-row][data-member-id=<id>][data-selected] [data-testid=birthday-event][data-event-id=<id>] .birthday-add [data-testid=birthday-agenda]
import { Text, View } from '@tarojs/components'
import { Checkbox } from '@nutui/nutui-react-taro'
import type { BirthdayMonth } from '@contract'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { useBirthdays } from '@/hooks/organisationLife/useBirthdays'
import { dayjs, formatDateTime } from '@/utils/time'
import '../life.scss'
import './index.scss'

type Birthdays = ReturnType<typeof useBirthdays>

function MonthList({ month, birthdays }: { month: BirthdayMonth; birthdays: Birthdays }) {
  return (
    <Section
      title={`${dayjs(`${month.month}-01`).format('M月')}政治生日（${month.members.length}）`}
      testId="birthday-month"
    >
      {month.members.length === 0 && <EmptyState title="本月没有党员过政治生日" />}
      {month.members.map((member) => {
        const selected = birthdays.selected.includes(member.id)
        return (
          <View
            key={member.id}
            className="life-row birthdays__row"
            data-testid="birthday-row"
            data-member-id={member.id}
            data-selected={selected}
            onClick={() => birthdays.toggle(member.id)}
          >
            <View className="life-row__top">
              <Checkbox checked={selected} />
              <Text className="life-row__title">{member.name}</Text>
              <Text className="life-row__badge">入党{member.years}周年</Text>
            </View>
            <Text className="life-row__meta">
              {dayjs(member.joinedOn).format('M月D日')} · {dayjs(member.joinedOn).format('YYYY年')}入党
            </Text>
          </View>
        )
      })}
    </Section>
  )
}

function ThemeDays({ birthdays }: { birthdays: Birthdays }) {
  const themeDays = birthdays.data?.themeDays ?? []
  return (
    <Section title="加入主题党日议程">
      {themeDays.length === 0 && (
        <EmptyState
          title="暂无尚未开始的主题党日"
          description="在「支部活动」发布本月或下月的主题党日后，可把政治生日加入议程"
        />
      )}
      {themeDays.map((event) => (
        <View
          key={event.id}
          className="life-row birthdays__row"
          data-testid="birthday-event"
          data-event-id={event.id}
          onClick={() => birthdays.choose(event)}
        >
          <View className="life-row__top">
            <Checkbox checked={birthdays.event?.id === event.id} shape="round" />
            <Text className="life-row__title">{event.title}</Text>
          </View>
          <Text className="life-row__meta">{formatDateTime(event.start)}</Text>
        </View>
      ))}
      {birthdays.agenda && (
        <Text className="life-row__text birthdays__agenda" data-testid="birthday-agenda">
          议程已更新：{birthdays.agenda.split('\n').pop()}
        </Text>
      )}
      {themeDays.length > 0 && (
        <View className="life-submit">
          <SubmitBar
            className="birthday-add"
            loading={birthdays.adding}
            disabled={!birthdays.event || birthdays.selected.length === 0}
            onSubmit={birthdays.add}
          >
            {`加入议程（${birthdays.selected.length} 人）`}
          </SubmitBar>
        </View>
      )}
    </Section>
  )
}

/** 政治生日 (secretary): this month's and next month's members, added to a 主题党日's agenda in one tap. */
export default function Birthdays() {
  const birthdays = useBirthdays()
  return (
    <View className="page birthdays" data-testid="birthdays">
      <PageState loading={birthdays.loading && !birthdays.data} error={birthdays.error} onRetry={birthdays.reload}>
        {birthdays.data?.months.map((month) => (
          <MonthList key={month.month} month={month} birthdays={birthdays} />
        ))}
        {birthdays.data && <ThemeDays birthdays={birthdays} />}
      </PageState>
    </View>
  )
}
