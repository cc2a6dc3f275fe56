// Selectors: [data-testid=talk-form] #talk-with #talk-on .talk-kind #talk-topic #talk-notes .talk-submit [data-testid=field-error]
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import { TALK_KIND_LABELS, TALK_KINDS } from '@contract/reviewLabels'
import ButtonChoice from '@/components/ButtonChoice'
import FieldError from '@/components/FieldError'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { useTalkForm } from '@/hooks/organisationLife/useTalkForm'
import { formatCalendarDate, shanghai } from '@/utils/time'
import PickerLine from '../components/PickerLine'
import '../life.scss'

const KIND_OPTIONS = TALK_KINDS.map((kind) => [kind, TALK_KIND_LABELS[kind]] as const)

type Talk = ReturnType<typeof useTalkForm>

/** With whom, when, which kind, the topic and short notes. */
function TalkFields({ talk }: { talk: Talk }) {
  const { form, update, members, errors } = talk
  const index = members.findIndex((member) => member.id === form.withId)
  return (
    <View className="life-body">
      <PickerLine
        label="谈话对象"
        id="talk-with"
        text={members[index]?.name ?? ''}
        placeholder="请选择党员"
        choice={{ range: members.map((member) => member.name), index }}
        onPick={(value) => update({ withId: members[Number(value)]?.id ?? '' })}
      />
      <FieldError message={errors.at('withId')} />
      <PickerLine
        label="谈话日期"
        id="talk-on"
        text={formatCalendarDate(form.on)}
        placeholder="请选择日期"
        choice={{ day: form.on, start: `${talk.lastYear}-01-01`, end: shanghai().format('YYYY-MM-DD') }}
        onPick={(on) => update({ on })}
      />
      <FieldError message={errors.at('on')} />
      <View className="life-line life-line--column">
        <Text className="life-line__label">谈话类型</Text>
        <ButtonChoice
          className="talk-kind life-kinds"
          value={form.kind}
          options={KIND_OPTIONS}
          onChange={(kind) => update({ kind })}
        />
      </View>
      <View className="life-line">
        <Text className="life-line__label">谈话主题</Text>
        <Input
          id="talk-topic"
          placeholder="如：年度思想交流"
          maxLength={100}
          value={form.topic}
          onChange={(topic) => update({ topic })}
        />
      </View>
      <FieldError message={errors.at('topic')} />
      <TextArea
        id="talk-notes"
        className="life-text"
        placeholder="谈话要点（选填，仅支部委员会和党委领导可见）"
        maxLength={1000}
        value={form.notes}
        onChange={(notes) => update({ notes })}
      />
      <FieldError message={errors.at('notes')} />
    </View>
  )
}

/** 记录谈心谈话 (secretary, 支委); opened from a name on the coverage card, that member is already chosen. */
export default function TalkNew() {
  const talk = useTalkForm(useRouter().params.withId)
  const { coverage } = talk
  return (
    <View className="page" data-testid="talk-form">
      <PageState loading={coverage.loading && !coverage.data} error={coverage.error} onRetry={coverage.reload}>
        <Section title="谈话信息">
          <TalkFields talk={talk} />
        </Section>
        <View className="life-submit">
          <SubmitBar error={talk.errors.general} className="talk-submit" loading={talk.saving} onSubmit={talk.submit}>
            保存谈话记录
          </SubmitBar>
        </View>
      </PageState>
    </View>
  )
}
