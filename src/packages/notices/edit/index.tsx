// Selectors: .notice-kind .notice-scope .notice-meetings #notice-title #notice-body .notice-preview-toggle [data-testid=notice-preview] .notice-pinned .notice-requires-ack .notice-submit [data-testid=notice-edit-error]
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Input, Switch, TextArea } from '@nutui/nutui-react-taro'
import { NOTICE_BODY_MAX, NOTICE_TITLE_MAX } from '@contract/noticeLimits'
import ButtonChoice from '@/components/ButtonChoice'
import NoticeBody from '@/components/NoticeBody'
import PageState from '@/components/PageState'
import SubmitBar from '@/components/SubmitBar'
import Section from '@/components/Section'
import { useNoticeEditor } from '@/hooks/notices/useNoticeEditor'
import AttachmentEditor from '../components/AttachmentEditor'
import AudiencePicker from '../components/AudiencePicker'
import MeetingPicker from '../components/MeetingPicker'
import './index.scss'

const KINDS = [
  ['general', '普通通知'],
  ['meeting', '会议通知'],
] as const

type Editor = ReturnType<typeof useNoticeEditor>

/** 类型与范围 (a new notice only): general or meeting notice, and who receives it. */
function KindAndAudience({ editor, options }: { editor: Editor; options: NonNullable<Editor['options']> }) {
  const { form, update } = editor
  return (
    <Section title="类型与范围">
      <View className="notice-edit__body">
        <ButtonChoice className="notice-kind" value={form.kind} options={KINDS} onChange={(kind) => update({ kind })} />
        {form.kind === 'meeting' && (
          <MeetingPicker events={options.events} value={form.eventId} onChange={(eventId) => update({ eventId })} />
        )}
        <AudiencePicker options={options} form={form} onChange={update} />
      </View>
    </Section>
  )
}

/** 内容: title, body with a preview of what members see, attachments. */
function ContentFields({ editor }: { editor: Editor }) {
  const { form, update } = editor
  const [previewing, setPreviewing] = useState(false)
  return (
    <Section title="内容">
      <View className="notice-edit__body">
        <Input
          id="notice-title"
          className="notice-edit__input"
          placeholder="标题"
          maxLength={NOTICE_TITLE_MAX}
          value={form.title}
          onChange={(title) => update({ title })}
        />
        <TextArea
          id="notice-body"
          className="notice-edit__textarea"
          placeholder="正文"
          maxLength={NOTICE_BODY_MAX}
          rows={10}
          showCount
          value={form.body}
          onChange={(body) => update({ body })}
        />
        <View className="notice-edit__hint-row">
          <Text className="notice-edit__hint">换行即分段，党员看到的排版可先预览。</Text>
          <Text className="notice-edit__link notice-preview-toggle" onClick={() => setPreviewing(!previewing)}>
            {previewing ? '收起预览' : '预览'}
          </Text>
        </View>
        {previewing && (
          <View className="notice-edit__preview" data-testid="notice-preview">
            <NoticeBody body={form.body} attachments={[]} onOpenFile={() => undefined} />
          </View>
        )}
        <AttachmentEditor
          attachments={form.attachments}
          uploading={editor.uploading}
          onAddImage={() => void editor.addImage()}
          onAddFile={() => void editor.addFile()}
          onRemove={editor.removeAttachment}
        />
      </View>
    </Section>
  )
}

/** 选项: 置顶 and 需要签阅. */
function OptionSwitches({ editor }: { editor: Editor }) {
  const { form, update } = editor
  return (
    <Section title="选项">
      <View className="notice-edit__body">
        <View className="notice-edit__switch">
          <Text>置顶</Text>
          <Switch className="notice-pinned" checked={form.pinned} onChange={(pinned) => update({ pinned })} />
        </View>
        <View className="notice-edit__switch">
          <Text>需要签阅</Text>
          <Switch
            className="notice-requires-ack"
            checked={form.requiresAck}
            onChange={(requiresAck) => update({ requiresAck })}
          />
        </View>
      </View>
    </Section>
  )
}

/** 发布通知 / 编辑通知: editing keeps the audience and kind; each save is a new version. */
export default function EditNotice() {
  const { params } = useRouter()
  const editor = useNoticeEditor(params.id)
  const { options } = editor
  useEffect(() => {
    if (editor.editing) void Taro.setNavigationBarTitle({ title: '编辑通知' })
  }, [editor.editing])
  return (
    <View className="page notice-edit">
      <PageState loading={editor.loading} error={editor.loadError} onRetry={editor.reload}>
        {!editor.editing && options && <KindAndAudience editor={editor} options={options} />}
        <ContentFields editor={editor} />
        <OptionSwitches editor={editor} />
        <View className="notice-edit__submit">
          <SubmitBar
            error={editor.error}
            errorClassName="notice-edit__error"
            errorTestId="notice-edit-error"
            className="notice-submit"
            loading={editor.submitting}
            disabled={editor.uploading}
            onSubmit={editor.submit}
          >
            {editor.editing ? '保存修改' : '发布'}
          </SubmitBar>
        </View>
      </PageState>
    </View>
  )
}
