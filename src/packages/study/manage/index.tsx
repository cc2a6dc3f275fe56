// Selectors: .material-kind #material-title #material-body #material-video #material-minutes .material-submit [data-testid=material-error] [data-testid=material-row]
import { Text, View } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import ButtonChoice from '@/components/ButtonChoice'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import SubmitBar from '@/components/SubmitBar'
import Section from '@/components/Section'
import MaterialRow from '@/components/points/MaterialRow'
import { usePublishMaterial } from '@/hooks/points/usePublishMaterial'
import './index.scss'

const KINDS = [
  ['article', '文章'],
  ['video', '视频'],
] as const

/** 已发布: the published materials, in the server's order. */
function Published({ materials }: { materials: ReturnType<typeof usePublishMaterial>['materials'] }) {
  return (
    <Section title="已发布">
      <PageState loading={materials.loading} error={materials.error} onRetry={materials.reload}>
        {materials.data?.length ? (
          materials.data.map((material) => <MaterialRow key={material.id} material={material} />)
        ) : (
          <EmptyState title="暂无学习资料" />
        )}
      </PageState>
    </Section>
  )
}

/** 发布学习资料 (article or video, with the study time the server will require) and the published list. */
export default function ManageMaterials() {
  const { materials, form, update, submit, submitting, error } = usePublishMaterial()
  const article = form.kind === 'article'
  return (
    <View className="page manage">
      <Section title="发布学习资料">
        <View className="manage__form">
          <ButtonChoice
            className="material-kind"
            value={form.kind}
            options={KINDS}
            onChange={(kind) => update({ kind })}
          />
          <Input
            id="material-title"
            placeholder="标题"
            maxLength={60}
            value={form.title}
            onChange={(title) => update({ title })}
          />
          {!article && (
            <Input
              id="material-video"
              placeholder="视频地址（https://…）"
              value={form.videoUrl}
              onChange={(videoUrl) => update({ videoUrl })}
            />
          )}
          <TextArea
            id="material-body"
            placeholder={article ? '正文（不少于 20 字）' : '简介（可选）'}
            maxLength={article ? 20000 : 2000}
            rows={article ? 10 : 3}
            value={form.body}
            onChange={(body) => update({ body })}
          />
          {article && <Text className="manage__hint">排版：行首“# ”为小标题，“- ”为列表项，**文字** 为加粗。</Text>}
          <View className="manage__minutes">
            <Text>要求学习时长（分钟）</Text>
            <Input
              id="material-minutes"
              className="manage__minutes-input"
              type="digit"
              value={form.minutes}
              onChange={(minutes) => update({ minutes })}
            />
          </View>
          <SubmitBar
            error={error}
            errorClassName="manage__error"
            errorTestId="material-error"
            className="material-submit"
            loading={submitting}
            onSubmit={submit}
          >
            发布
          </SubmitBar>
        </View>
      </Section>
      <Published materials={materials} />
    </View>
  )
}
