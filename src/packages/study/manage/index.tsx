// Selectors: .material-kind #material-title #material-body #material-video #material-minutes .material-submit [data-testid=material-error] [data-testid=material-row]
// [data-testid=managed-material] .material-edit .material-withdraw .material-cancel-edit .material-preview-toggle [data-testid=material-preview]
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MaterialSummary } from '@contract'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import ButtonChoice from '@/components/ButtonChoice'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import SubmitBar from '@/components/SubmitBar'
import Section from '@/components/Section'
import ArticleBody from '../components/ArticleBody'
import MaterialRow from '@/components/points/MaterialRow'
import { useBoundProfile } from '@/hooks/me'
import { usePublishMaterial } from '@/hooks/points/usePublishMaterial'
import './index.scss'

const KINDS = [
  ['article', '文章'],
  ['video', '视频'],
] as const

type Editor = ReturnType<typeof usePublishMaterial>

/** The video link (videos) and the body: an article's text or a video's optional introduction. */
function ContentFields({ form, update }: Pick<Editor, 'form' | 'update'>) {
  const article = form.kind === 'article'
  return (
    <>
      {!article && (
        <>
          <Input
            id="material-video"
            className="manage__input"
            placeholder="视频播放地址（https://…）"
            value={form.videoUrl}
            onChange={(videoUrl) => update({ videoUrl })}
          />
          <Text className="manage__hint">
            填写已发布在视频平台或单位网站上的视频播放地址（https:// 开头），党员在小程序内观看。
          </Text>
        </>
      )}
      <TextArea
        id="material-body"
        className={article ? 'manage__input manage__input--long' : 'manage__input'}
        placeholder={article ? '正文（不少于 20 字）' : '简介（可选）'}
        maxLength={article ? 20000 : 2000}
        rows={article ? 10 : 3}
        value={form.body}
        onChange={(body) => update({ body })}
      />
      {article && <ArticleHint body={form.body} />}
    </>
  )
}

/** How to mark headings, items and bold, and a preview of the article as members will read it. */
function ArticleHint({ body }: { body: string }) {
  const [previewing, setPreviewing] = useState(false)
  return (
    <>
      <View className="manage__hint-row">
        <Text className="manage__hint">行首“# ”为小标题，“- ”为列表项，**文字** 为加粗。</Text>
        <Text className="manage__link material-preview-toggle" onClick={() => setPreviewing(!previewing)}>
          {previewing ? '收起预览' : '预览'}
        </Text>
      </View>
      {previewing && (
        <View className="manage__preview" data-testid="material-preview">
          <ArticleBody body={body} />
        </View>
      )}
    </>
  )
}

/** 已发布: the materials in the server's order, with 编辑 / 下架 where the caller manages them. */
function Published({ editor, manages }: { editor: Editor; manages: (scope: MaterialSummary['scope']) => boolean }) {
  const { materials, edit, withdraw } = editor
  return (
    <Section title="已发布">
      <PageState loading={materials.loading} error={materials.error} onRetry={materials.reload}>
        {materials.data?.length ? (
          materials.data.map((material) => (
            <View key={material.id} className="manage__item" data-testid="managed-material">
              <MaterialRow material={material} />
              {manages(material.scope) && (
                <View className="manage__item-actions">
                  <Button className="material-edit" size="small" onClick={() => void edit(material)}>
                    编辑
                  </Button>
                  <Button className="material-withdraw" size="small" onClick={() => void withdraw(material)}>
                    下架
                  </Button>
                </View>
              )}
            </View>
          ))
        ) : (
          <EmptyState title="暂无学习资料" />
        )}
      </PageState>
    </Section>
  )
}

/** 学习资料管理: publish (article or video link, with a study time), correct and take down materials. */
export default function ManageMaterials() {
  const { profile } = useBoundProfile()
  const editor = usePublishMaterial()
  const { materials, form, update, submit, submitting, error, editingId, cancelEdit } = editor
  const isAdmin = Boolean(profile?.roles.includes('admin'))
  // The server decides; the list offers the buttons only where they will work (the admin: all; a secretary: their branch's).
  const manages = (scope: MaterialSummary['scope']) => isAdmin || scope === 'branch'
  const untimed = materials.data?.some((material) => !material.timed)
  return (
    <View className="page manage">
      <Section title={editingId ? '修改学习资料' : '发布学习资料'}>
        <View className="manage__form">
          <ButtonChoice
            className="material-kind"
            value={form.kind}
            options={KINDS}
            onChange={(kind) => update({ kind })}
          />
          <Input
            id="material-title"
            className="manage__input"
            placeholder="标题"
            maxLength={60}
            value={form.title}
            onChange={(title) => update({ title })}
          />
          <ContentFields form={form} update={update} />
          <View className="manage__minutes">
            <Text>
              要求学习时长（分钟）
              {untimed && <Text className="manage__hint">组织开启学习计时后生效</Text>}
            </Text>
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
            {editingId ? '保存修改' : '发布'}
          </SubmitBar>
          {editingId && (
            <Button className="material-cancel-edit manage__cancel" block onClick={cancelEdit}>
              取消修改
            </Button>
          )}
        </View>
      </Section>
      <Published editor={editor} manages={manages} />
    </View>
  )
}
