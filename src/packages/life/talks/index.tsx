// Selectors: [data-testid=talks] [data-testid=talk-secretary-coverage][data-covered] [data-testid=talk-committee-coverage] [data-testid=talk-missing][data-member-id=<id>] .talk-new [data-testid=talk-row]
import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { TalkCoverage, TalkRow } from '@contract'
import { TALK_KIND_LABELS } from '@contract/reviewLabels'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { TALK_NEW_PAGE } from '@/hooks/organisationLife/pages'
import { useTalks } from '@/hooks/organisationLife/useTalks'
import { formatCalendarDate } from '@/utils/time'
import Meter from '../components/Meter'
import '../life.scss'

const recordWith = (memberId?: string) =>
  void Taro.navigateTo({ url: memberId ? `${TALK_NEW_PAGE}?withId=${memberId}` : TALK_NEW_PAGE })

/** Who the secretary has not talked with yet (a tap records a talk with them), and the committee pairs. */
function CoverageCard({ coverage, canRecord }: { coverage: TalkCoverage; canRecord: boolean }) {
  const { secretary, committee } = coverage
  return (
    <Section title={`${coverage.year}年覆盖情况`}>
      <Meter
        label="书记与党员谈话"
        covered={secretary.covered}
        total={secretary.total}
        unit="人"
        testId="talk-secretary-coverage"
        hint={
          secretary.missing.length
            ? `尚未谈话 ${secretary.missing.length} 人${canRecord ? '，点姓名记录谈话' : ''}`
            : '已全部谈到'
        }
      />
      <View className="life-chips">
        {secretary.missing.map((member) => (
          <Text
            key={member.id}
            className="life-chip"
            data-testid="talk-missing"
            data-member-id={member.id}
            onClick={() => canRecord && recordWith(member.id)}
          >
            {member.name}
          </Text>
        ))}
      </View>
      <Meter
        label="支委之间谈话"
        covered={committee.covered}
        total={committee.total}
        unit="对"
        testId="talk-committee-coverage"
        hint={committee.missing.length ? '尚未谈话：' : '支委之间已全部谈到'}
      />
      <View className="life-chips">
        {committee.missing.map(([a, b]) => (
          <Text key={`${a.id}:${b.id}`} className="life-chip">
            {a.name} — {b.name}
          </Text>
        ))}
      </View>
    </Section>
  )
}

function TalkItem({ talk }: { talk: TalkRow }) {
  return (
    <View className="life-row" data-testid="talk-row" data-member-id={talk.with.id}>
      <View className="life-row__top">
        <Text className="life-row__badge">{TALK_KIND_LABELS[talk.kind]}</Text>
        <Text className="life-row__title">{talk.topic}</Text>
      </View>
      <Text className="life-row__meta">
        {formatCalendarDate(talk.on)} · {talk.by.name} 与 {talk.with.name}
      </Text>
      {talk.notes && <Text className="life-row__text">{talk.notes}</Text>}
    </View>
  )
}

/** 谈心谈话 of a branch this year: coverage, then every talk (the committee and leaders only). */
export default function Talks() {
  const params = useRouter().params
  const talks = useTalks(params.branchId)
  const data = talks.data
  useEffect(() => {
    if (params.name) void Taro.setNavigationBarTitle({ title: `${decodeURIComponent(params.name)} · 谈心谈话` })
  }, [params.name])
  return (
    <View className="page" data-testid="talks">
      <PageState loading={talks.loading && !data} error={talks.error} onRetry={talks.reload}>
        {data && <CoverageCard coverage={data.coverage} canRecord={talks.canRecord} />}
        {talks.canRecord && (
          <View className="life-actions">
            <Button className="talk-new" type="primary" block onClick={() => recordWith()}>
              记录谈心谈话
            </Button>
          </View>
        )}
        {data && (
          <Section title={`谈话记录（${data.talks.length}）`}>
            {data.talks.length === 0 && <EmptyState title="今年还没有谈话记录" />}
            {data.talks.map((talk) => (
              <TalkItem key={talk.id} talk={talk} />
            ))}
          </Section>
        )}
      </PageState>
    </View>
  )
}
