// Selectors: .import-pick .import-confirm [data-testid=import-file] [data-testid=import-failure] [data-testid=import-ok] [data-testid=import-errors] [data-testid=import-error-row] [data-testid=import-done]
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Section from '@/components/Section'
import { useRosterImport } from '@/hooks/members/useRosterImport'
import './index.scss'

const busyText = { checking: '正在校验…', importing: '正在导入…' } as const

/** 名册导入 (admin): every row is checked first; nothing is imported while any row is wrong. */
// eslint-disable-next-line complexity -- admin pages are being changed on branch i16c: split after that merge (issue 23)
export default function RosterImport() {
  const { file, phase, result, failure, pick, confirmImport } = useRosterImport()
  const busy = phase === 'checking' || phase === 'importing'
  return (
    <View className="page roster-import">
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
          <Button
            className="import-pick"
            type="primary"
            fill="outline"
            block
            disabled={busy}
            onClick={() => void pick()}
          >
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

      {result?.ok && phase === 'checked' && (
        <Section title="校验通过" testId="import-ok">
          <View className="roster-import__body">
            <Text>共 {result.imported} 条记录，可以导入。</Text>
            <Button className="import-confirm" type="primary" block onClick={() => void confirmImport()}>
              确认导入
            </Button>
          </View>
        </Section>
      )}

      {result?.ok && phase === 'imported' && (
        <Section title="导入完成" testId="import-done">
          <View className="roster-import__body">
            <Text>已导入 {result.imported} 条党员记录。</Text>
          </View>
        </Section>
      )}

      {result && !result.ok && (
        <Section title={`发现 ${result.errors.length} 处错误，未导入`} testId="import-errors">
          {result.errors.map((error) => (
            <View className="roster-import__error" key={`${error.line}-${error.reason}`} data-testid="import-error-row">
              <Text className="roster-import__line">第 {error.line} 行</Text>
              <Text className="roster-import__reason">{error.reason}</Text>
            </View>
          ))}
        </Section>
      )}
    </View>
  )
}
