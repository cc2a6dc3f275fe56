// Selectors: .import-pick .import-confirm [data-testid=import-file] [data-testid=import-failure] [data-testid=import-ok] [data-testid=import-errors] [data-testid=import-error-row] [data-testid=import-done]
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Section from '@/components/Section'
import { useRosterImport } from '@/hooks/members/useRosterImport'
import './index.scss'

const busyText = { checking: '正在校验…', importing: '正在导入…' } as const

type RosterImportState = ReturnType<typeof useRosterImport>
type ImportResult = NonNullable<RosterImportState['result']>

/** The hint, the chosen file, the pick button and what is going on with it. */
function PickSection({ state }: { state: RosterImportState }) {
  const { file, phase, failure, pick } = state
  const busy = phase === 'checking' || phase === 'importing'
  return (
    <Section title="导入党员名册">
      <View className="roster-import__body">
        <Text className="roster-import__hint">
          支持 .xlsx 或 Excel 另存的 .csv 文件（UTF-8 或 GBK
          编码均可），首行为表头：姓名、手机号、支部、党小组、角色、入党日期。先校验全部行，无误后再确认导入。
        </Text>
        {file && (
          <Text className="roster-import__file" data-testid="import-file">
            文件：{file.name}
          </Text>
        )}
        <Button className="import-pick" type="primary" fill="outline" block disabled={busy} onClick={() => void pick()}>
          {file ? '重新选择文件' : '选择名册文件'}
        </Button>
        {busy && <Text className="roster-import__busy">{busyText[phase]}</Text>}
        {failure && !busy && (
          <Text className="roster-import__failure" data-testid="import-failure">
            {failure}
          </Text>
        )}
      </View>
    </Section>
  )
}

/** Every wrong row, by line; nothing was imported. */
function ErrorsSection({ errors }: { errors: Extract<ImportResult, { ok: false }>['errors'] }) {
  return (
    <Section title={`发现 ${errors.length} 处错误，未导入`} testId="import-errors">
      {errors.map((error) => (
        <View className="roster-import__error" key={`${error.line}-${error.reason}`} data-testid="import-error-row">
          <Text className="roster-import__line">第 {error.line} 行</Text>
          <Text className="roster-import__reason">{error.reason}</Text>
        </View>
      ))}
    </Section>
  )
}

/** 校验通过 with the confirm button, 导入完成, or the errors, whichever the result says. */
function ResultSection({ state }: { state: RosterImportState }) {
  const { phase, result, confirmImport } = state
  if (!result) return null
  if (!result.ok) return <ErrorsSection errors={result.errors} />
  if (phase === 'checked')
    return (
      <Section title="校验通过" testId="import-ok">
        <View className="roster-import__body">
          <Text>共 {result.imported} 条记录，可以导入。</Text>
          <Button className="import-confirm" type="primary" block onClick={() => void confirmImport()}>
            确认导入
          </Button>
        </View>
      </Section>
    )
  if (phase === 'imported')
    return (
      <Section title="导入完成" testId="import-done">
        <View className="roster-import__body">
          <Text>已导入 {result.imported} 条党员记录。</Text>
        </View>
      </Section>
    )
  return null
}

/** 名册导入 (admin): every row is checked first; nothing is imported while any row is wrong. */
export default function RosterImport() {
  const state = useRosterImport()
  return (
    <View className="page roster-import">
      <PickSection state={state} />
      <ResultSection state={state} />
    </View>
  )
}
