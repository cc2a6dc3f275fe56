// Selectors: .rules-employed-rate-<i> .rules-employed-upto-<i> .rules-retired-rate-<i> .rules-add-<kind> .rules-remove-<kind>-<i> #rules-flat .rules-insurance .rules-month-next .rules-save [data-testid=rules-version][data-month]
import { Text, View } from '@tarojs/components'
import { Input, Switch } from '@nutui/nutui-react-taro'
import type { DuesRulesView } from '@contract'
import { ratePercent } from '@contract/duesLabels'
import { periodLabel } from '@periods'
import FieldError from '@/components/FieldError'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import type { BracketKind } from '@/hooks/dues/rulesForm'
import { useDuesSettings } from '@/hooks/dues/useDuesSettings'
import MonthStepper from '../components/MonthStepper'
import { yuan } from '../labels'
import './index.scss'

type Settings = ReturnType<typeof useDuesSettings>

const TITLES: Record<BracketKind, string> = {
  employed: '在职（含年薪制）党员：税后月收入',
  retired: '离退休党员：月退休费',
}

/** One kind's brackets: 「不超过 [3000] 元 交 [0.5] %」, the last 「以上」. */
function Brackets({ kind, settings }: { kind: BracketKind; settings: Settings }) {
  const rows = settings.form?.[kind] ?? []
  return (
    <Section title={TITLES[kind]}>
      <View className="rules__body">
        {rows.map((row, index) => (
          <View className="rules__bracket" key={index}>
            {index === rows.length - 1 ? (
              <Text className="rules__bound">以上</Text>
            ) : (
              <View className="rules__bound">
                <Text>不超过</Text>
                <Input
                  className={`rules__input rules-${kind}-upto-${index}`}
                  type="digit"
                  value={row.upTo}
                  onChange={(upTo) => settings.setRow(kind, index, { upTo })}
                />
                <Text>元</Text>
              </View>
            )}
            <View className="rules__rate">
              <Input
                className={`rules__input rules-${kind}-rate-${index}`}
                type="digit"
                value={row.rate}
                onChange={(rate) => settings.setRow(kind, index, { rate })}
              />
              <Text>%</Text>
            </View>
            {index < rows.length - 1 && rows.length > 1 && (
              <Text
                className={`rules__remove rules-remove-${kind}-${index}`}
                onClick={() => settings.removeRow(kind, index)}
              >
                删除
              </Text>
            )}
          </View>
        ))}
        <Text className={`rules__add rules-add-${kind}`} onClick={() => settings.addRow(kind)}>
          ＋ 增加一档
        </Text>
      </View>
    </Section>
  )
}

/** The flat amount, the 五险一金 choice and the month the version applies from. */
function Terms({ settings }: { settings: Settings }) {
  const { form, errors } = settings
  return (
    <Section title="其他">
      <View className="rules__body">
        <View className="rules__bracket">
          <Text className="rules__bound">学生、失业、低保党员每月</Text>
          <Input id="rules-flat" className="rules__input" type="digit" value={form?.flat} onChange={settings.setFlat} />
          <Text>元</Text>
        </View>
        <FieldError message={errors.at('flatFen')} />
        <View className="rules__switch">
          <Text>基数扣除个人缴纳的五险一金</Text>
          <Switch
            className="rules-insurance"
            checked={Boolean(form?.deductInsurance)}
            onChange={settings.setDeductInsurance}
          />
        </View>
        <MonthStepper
          className="rules-month"
          label="生效月份"
          value={settings.fromMonth}
          min={settings.minMonth}
          max={settings.maxMonth}
          onChange={settings.setFromMonth}
        />
        <FieldError message={errors.at('fromMonth')} />
        <Text className="rules__meta">新规则从生效月份起适用，本月及以前各月的应缴金额不变。</Text>
        <SubmitBar
          error={errors.general}
          className="rules-save"
          loading={settings.save.running}
          onSubmit={settings.save.run}
        >
          保存为新版本
        </SubmitBar>
      </View>
    </Section>
  )
}

const versionLine = (version: DuesRulesView) =>
  `在职 ${version.employed.map((bracket) => ratePercent(bracket.rateBp)).join(' / ')}；离退休 ${version.retired
    .map((bracket) => ratePercent(bracket.rateBp))
    .join(' / ')}；定额 ${yuan(version.flatFen)} 元；${version.deductInsurance ? '扣除' : '不扣除'}五险一金`

/** Every version of the rules, newest first: each applies from its month until the next. */
function Versions({ versions }: { versions: DuesRulesView[] }) {
  return (
    <Section title="规则版本">
      {[...versions].reverse().map((version) => (
        <View
          className="rules__version"
          key={version.fromMonth}
          data-testid="rules-version"
          data-month={version.fromMonth}
        >
          <Text>{periodLabel('month', version.fromMonth)}起</Text>
          <Text className="rules__meta">{versionLine(version)}</Text>
        </View>
      ))}
    </Section>
  )
}

/** 党费设置 (admin of the whole organisation): 中组发〔2008〕3号 brackets by default; changes apply from a coming month. */
export default function DuesSettingsPage() {
  const settings = useDuesSettings()
  return (
    <View className="page rules">
      <PageState
        loading={settings.rules.loading && !settings.form}
        error={settings.rules.error}
        onRetry={settings.rules.reload}
      >
        <Brackets kind="employed" settings={settings} />
        <Brackets kind="retired" settings={settings} />
        <Terms settings={settings} />
        <Versions versions={settings.rules.data?.versions ?? []} />
      </PageState>
    </View>
  )
}
