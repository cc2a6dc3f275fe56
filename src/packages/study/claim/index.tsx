// Selectors: .claim-category #claim-title #claim-content .claim-photo .claim-submit [data-testid=field-error] [data-testid=claim-length]
import { Image, Text, View } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import ButtonChoice from '@/components/ButtonChoice'
import FieldError from '@/components/FieldError'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { REFLECTION_MIN, useClaimForm } from '@/hooks/points/useClaimForm'
import './index.scss'

const CATEGORIES = [
  ['reflection', '心得体会'],
  ['offline', '线下学习'],
] as const

/** The form's words and sizes for each kind of claim. */
const COPY = {
  reflection: {
    section: '心得体会',
    title: '标题，如：学习党章的体会',
    content: `写下学习体会，不少于 ${REFLECTION_MIN} 字`,
    maxLength: 5000,
    rows: 12,
  },
  offline: {
    section: '线下学习',
    title: '学习主题，如：参观革命纪念馆',
    content: '简要说明学习时间、地点和内容',
    maxLength: 1000,
    rows: 5,
  },
}

/** The length (a reflection needs REFLECTION_MIN characters) and, for 线下学习, the optional photo. */
function ClaimExtras({ claim }: { claim: ReturnType<typeof useClaimForm> }) {
  const { form } = claim
  const reflection = form.category === 'reflection'
  return (
    <>
      <Text
        className={`claim__count ${reflection && claim.length < REFLECTION_MIN ? 'claim__count--short' : ''}`}
        data-testid="claim-length"
      >
        {reflection ? `已写 ${claim.length} 字，至少 ${REFLECTION_MIN} 字` : `${claim.length} 字`}
      </Text>
      {!reflection && (
        <View className="claim__photo">
          {form.photoPath ? <Image className="claim__photo-image" src={form.photoPath} mode="aspectFill" /> : null}
          <Button
            className="claim-photo"
            size="small"
            fill="outline"
            loading={claim.uploading}
            onClick={() => void claim.choosePhoto()}
          >
            {form.photoPath ? '更换照片' : '添加照片（可选）'}
          </Button>
        </View>
      )}
    </>
  )
}

/** 心得体会 (at least 200 characters) or 线下学习 (optional photo), reviewed by the branch secretary. */
export default function ClaimPage() {
  const claim = useClaimForm()
  const { form, update } = claim
  const copy = COPY[form.category]
  return (
    <View className="page claim">
      <Section title="申请类型">
        <ButtonChoice
          className="claim-category claim__body"
          value={form.category}
          options={CATEGORIES}
          onChange={(category) => update({ category })}
        />
      </Section>
      <Section title={copy.section}>
        <View className="claim__body">
          <Input
            id="claim-title"
            className="claim__input"
            placeholder={copy.title}
            maxLength={60}
            value={form.title}
            onChange={(title) => update({ title })}
          />
          <FieldError message={claim.errors.at('title')} />
          <TextArea
            id="claim-content"
            className="claim__textarea"
            placeholder={copy.content}
            maxLength={copy.maxLength}
            rows={copy.rows}
            value={form.content}
            onChange={(content) => update({ content })}
          />
          <FieldError message={claim.errors.at('content')} />
          <ClaimExtras claim={claim} />
        </View>
      </Section>
      <View className="claim__submit">
        <SubmitBar
          error={claim.errors.general}
          className="claim-submit"
          loading={claim.submitting}
          disabled={claim.uploading}
          onSubmit={claim.submit}
        >
          提交审核
        </SubmitBar>
        <Text className="claim__hint">提交后由支部书记审核，审核结果可在“积分明细 · 我的申请”中查看</Text>
      </View>
    </View>
  )
}
