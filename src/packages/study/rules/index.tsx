// Selectors: [data-testid=rule-card] .rule-points .rule-cap .rule-approval .rules-save [data-testid=field-error] .rules-check .rules-repair [data-testid=reconcile-report]
import { Text, View } from '@tarojs/components'
import type { CategoryRule } from '@contract'
import { ATTENDANCE_LABELS, type AttendanceType } from '@contract/pointsLabels'
import { Button, Input, Switch } from '@nutui/nutui-react-taro'
import FieldError from '@/components/FieldError'
import PageState from '@/components/PageState'
import SubmitBar from '@/components/SubmitBar'
import Section from '@/components/Section'
import { useRulesEditor, type RulesEditor } from '@/hooks/points/useRulesEditor'
import { formatDateTime } from '@/utils/time'
import './index.scss'

const TITLES: Record<CategoryRule['category'], string> = {
  attendance: '参加组织生活（每次）',
  study: '学习资料（每篇）',
  reflection: '心得体会（每篇）',
  offline: '线下学习（每次）',
  notice_ack: '通知签阅（每条）',
}

const CAPS = [
  { key: 'dailyCap', label: '每日上限' },
  { key: 'monthlyCap', label: '每月上限' },
  { key: 'yearlyCap', label: '每年上限' },
] as const

/** Numbers as typed: empty means "no cap"; the server validates the ranges. */
const toCap = (text: string) => (text.trim() === '' ? null : Number(text))

function NumberField({
  label,
  value,
  onChange,
  className,
  error,
}: {
  label: string
  value: number | null
  onChange: (text: string) => void
  className: string
  error?: string
}) {
  return (
    <View className={`rules__field ${error ? 'rules__field--error' : ''}`}>
      <View className="rules__row">
        <Text className="rules__label">{label}</Text>
        <Input
          className={`rules__input ${className}`}
          type="digit"
          placeholder="不限"
          value={value === null ? '' : String(value)}
          onChange={onChange}
        />
      </View>
      <FieldError message={error} />
    </View>
  )
}

interface RuleCardProps {
  rule: CategoryRule
  onChange: (patch: Partial<CategoryRule>) => void
  /** The server's error for one of this rule's inputs (`points`, `dailyCap`, `subtypeYearlyCaps.<type>`). */
  errorAt: (key: string) => string | undefined
}

function RuleCard({ rule, onChange, errorAt }: RuleCardProps) {
  return (
    <Section title={TITLES[rule.category]} testId="rule-card">
      <NumberField
        className="rule-points"
        label="积分"
        value={rule.points}
        error={errorAt('points')}
        onChange={(text) => onChange({ points: Number(text) })}
      />
      {rule.category !== 'attendance' &&
        CAPS.map((cap) => (
          <NumberField
            key={cap.key}
            className="rule-cap"
            label={cap.label}
            value={rule[cap.key]}
            error={errorAt(cap.key)}
            onChange={(text) => onChange({ [cap.key]: toCap(text) })}
          />
        ))}
      {rule.category === 'attendance' &&
        (Object.keys(ATTENDANCE_LABELS) as AttendanceType[]).map((type) => (
          <NumberField
            key={type}
            className="rule-cap"
            label={`${ATTENDANCE_LABELS[type]} 年度上限`}
            value={rule.subtypeYearlyCaps[type] ?? 0}
            error={errorAt(`subtypeYearlyCaps.${type}`)}
            onChange={(text) => onChange({ subtypeYearlyCaps: { ...rule.subtypeYearlyCaps, [type]: Number(text) } })}
          />
        ))}
      {(rule.category === 'reflection' || rule.category === 'offline') && (
        <View className="rules__field rules__row">
          <Text className="rules__label">需要支部书记审核</Text>
          <Switch
            className="rule-approval"
            checked={rule.needsApproval}
            onChange={(needsApproval) => onChange({ needsApproval })}
          />
        </View>
      )}
    </Section>
  )
}

/** 积分核对: recompute every total from the ledger, then repair the drift if any was found. */
function Reconcile({ editor }: { editor: Pick<RulesEditor, 'checking' | 'reconcile' | 'report'> }) {
  return (
    <Section title="积分核对">
      <View className="rules__reconcile">
        <Text className="rules__hint">按积分流水重新计算全部汇总，检查是否存在偏差。</Text>
        <View className="rules__buttons">
          <Button
            className="rules-check"
            size="small"
            fill="outline"
            loading={editor.checking}
            onClick={() => void editor.reconcile(false)}
          >
            核对
          </Button>
          {editor.report && editor.report.drifted > 0 && !editor.report.repaired && (
            <Button className="rules-repair" size="small" type="primary" onClick={() => void editor.reconcile(true)}>
              修复偏差
            </Button>
          )}
        </View>
        {editor.report && (
          <Text className="rules__report" data-testid="reconcile-report">
            共 {editor.report.ledgerEntries} 条流水，核对 {editor.report.totalsChecked} 项汇总，
            {editor.report.drifted === 0
              ? '没有偏差'
              : `发现 ${editor.report.drifted} 项偏差${editor.report.repaired ? '，已修复' : ''}`}
          </Text>
        )}
      </View>
    </Section>
  )
}

/** The admin edits the rules table; each save is a new version and entries keep the version they were granted under. */
export default function RulesPage() {
  const editor = useRulesEditor()
  const rules = editor.rules.data
  return (
    <View className="page rules">
      <PageState loading={editor.rules.loading} error={editor.rules.error} onRetry={editor.rules.reload}>
        {rules && (
          <Text className="rules__version">
            当前第 {rules.version} 版
            {rules.updatedAt
              ? ` · ${rules.updatedByName ?? ''} 修改于 ${formatDateTime(rules.updatedAt)}`
              : ' · 默认规则'}{' '}
            · 上限单位为分
          </Text>
        )}
        {editor.draft.map((rule) => (
          <RuleCard
            key={rule.category}
            rule={rule}
            onChange={(patch) => editor.change(rule.category, patch)}
            errorAt={(key) => editor.errors.at(editor.fieldOf(rule.category, key))}
          />
        ))}
        <View className="rules__actions">
          <SubmitBar
            error={editor.errors.general}
            className="rules-save"
            loading={editor.saving}
            onSubmit={editor.save}
          >
            保存为新版本
          </SubmitBar>
        </View>
        <Reconcile editor={editor} />
      </PageState>
    </View>
  )
}
