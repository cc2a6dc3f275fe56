import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { DuesBaseView, DuesCategory } from '@contract'
import { DUES_BASE_LABELS, DUES_CATEGORIES, DUES_CATEGORY_LABELS, ratePercent } from '@contract/duesLabels'
import ButtonChoice from '@/components/ButtonChoice'
import FieldError from '@/components/FieldError'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import type { useBaseForm } from '@/hooks/dues/useBaseForm'
import { periodLabel } from '@periods'
import MonthStepper from '../components/MonthStepper'
import { yuan } from '../labels'

type Form = ReturnType<typeof useBaseForm>

/** Short labels, so the four fit a 320 px row or two: 在职, 年薪制, 离退休, 学生、失业、低保. */
const CATEGORY_OPTIONS = DUES_CATEGORIES.map(
  (category) => [category, DUES_CATEGORY_LABELS[category].replace(/党员$/, '')] as const,
)

/** Where the member's last declaration stands: waiting for the secretary, or sent back with the reason. */
export function PendingBase({ base }: { base: DuesBaseView }) {
  const what = `${periodLabel('month', base.fromMonth)}起 ${DUES_CATEGORY_LABELS[base.category]}${
    base.category === 'flat' ? '' : ` · ${yuan(base.payFen)} 元`
  }`
  return (
    <View className="dues__pending" data-testid="dues-pending-base" data-status={base.status}>
      <Text>{base.status === 'returned' ? `申报被退回：${base.returnReason ?? ''}` : '已申报，待支部书记确认'}</Text>
      <Text className="dues__meta">{what}</Text>
    </View>
  )
}

/** 「按 1.5% 计，每月应缴 ¥90.00」 for what is typed so far. */
function Preview({ form }: { form: Form }) {
  const { preview } = form
  if (!preview) return <Text className="dues__meta">填写后显示每月应缴金额</Text>
  const basis =
    preview.rateBp === null ? '定额' : `基数 ${yuan(preview.baseFen ?? 0)} 元 × ${ratePercent(preview.rateBp)}`
  return (
    <Text className="dues__preview" data-testid="base-preview">
      {basis}，每月应缴 ¥{yuan(preview.amountFen)}
    </Text>
  )
}

/** The pay, and the 五险一金 when this month's rules deduct it. */
function PayInputs({ form }: { form: Form }) {
  const { errors } = form
  return (
    <>
      {form.category !== 'flat' && (
        <>
          <Text className="dues__meta">{DUES_BASE_LABELS[form.category]}（元）</Text>
          <Input
            id="base-pay"
            type="digit"
            placeholder={`${DUES_BASE_LABELS[form.category]}（元）`}
            value={form.pay}
            onChange={form.setPay}
          />
          <FieldError message={errors.at('payFen')} />
        </>
      )}
      {form.deductsInsurance && (
        <>
          <Input
            id="base-insurance"
            type="digit"
            placeholder="个人缴纳的五险一金（元，按规定从基数中扣除）"
            value={form.insurance}
            onChange={form.setInsurance}
          />
          <FieldError message={errors.at('insuranceFen')} />
        </>
      )}
    </>
  )
}

/** The declaration: category, pay, 五险一金 (when deducted), the month it starts; the amount it gives. */
export default function BaseForm({ form }: { form: Form }) {
  if (!form.open)
    return (
      <Button className="dues__declare base-open" block onClick={() => form.setOpen(true)}>
        申报或调整党费基数
      </Button>
    )
  const { errors } = form
  return (
    <Section title="申报党费基数">
      <View className="dues__form">
        <ButtonChoice<DuesCategory>
          className="base-category"
          value={form.category}
          options={CATEGORY_OPTIONS}
          onChange={form.setCategory}
        />
        <FieldError message={errors.at('category')} />
        <PayInputs form={form} />
        <MonthStepper
          className="base-month"
          label="起始月份"
          value={form.fromMonth}
          min={form.minMonth}
          max={form.maxMonth}
          onChange={form.setFromMonth}
        />
        <FieldError message={errors.at('fromMonth')} />
        <Preview form={form} />
        <SubmitBar
          error={errors.general}
          className="base-submit"
          loading={form.submit.running}
          onSubmit={form.submit.run}
        >
          提交申报
        </SubmitBar>
      </View>
    </Section>
  )
}
