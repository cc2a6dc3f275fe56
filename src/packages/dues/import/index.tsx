// Selectors: .base-import-pick [data-testid=base-import-failure] [data-testid=base-import-done] [data-testid=base-import-errors] [data-testid=base-import-error-row]
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { BaseImportResult } from '@contract'
import { DUES_CATEGORIES, DUES_CATEGORY_LABELS } from '@contract/duesLabels'
import Section from '@/components/Section'
import { useBaseImport } from '@/hooks/dues/useBaseImport'
import './index.scss'

const HEADER = '姓名、手机号、党费类别、起始月份、月收入（元）、五险一金（元）'
const CATEGORIES = DUES_CATEGORIES.map((category) => DUES_CATEGORY_LABELS[category]).join(' / ')

/** 已导入 N 条, or every wrong row with its number (and nothing imported). */
function Outcome({ result }: { result: BaseImportResult }) {
  if (!result.errors.length)
    return (
      <Section title="导入完成" testId="base-import-done">
        <Text className="base-import__body">已导入 {result.imported} 条党费基数，均为已确认状态。</Text>
      </Section>
    )
  return (
    <Section title={`发现 ${result.errors.length} 处错误，未导入任何数据`} testId="base-import-errors">
      {result.errors.map((error) => (
        <View className="base-import__error" key={`${error.row}-${error.message}`} data-testid="base-import-error-row">
          <Text className="base-import__row">第 {error.row} 行</Text>
          <Text className="base-import__reason">{error.message}</Text>
        </View>
      ))}
    </Section>
  )
}

/** 党费基数导入 (admin): the XLSX template's rows become confirmed bases, all of them or none. */
export default function BaseImportPage() {
  const state = useBaseImport()
  return (
    <View className="page base-import">
      <Section title="导入党费基数">
        <View className="base-import__body">
          <Text className="base-import__hint">
            上传 .xlsx 文件，首行为表头：{HEADER}。党费类别填写：{CATEGORIES}；起始月份如 2026-12。
            任何一行有误都不会导入，改正后重新上传即可。
          </Text>
          {state.file && <Text className="base-import__file">文件：{state.file.name}</Text>}
          <Button
            className="base-import-pick"
            type="primary"
            fill="outline"
            block
            loading={state.running}
            onClick={() => void state.pick()}
          >
            {state.file ? '重新选择文件' : '选择基数表'}
          </Button>
          {state.failure && (
            <Text className="base-import__failure" data-testid="base-import-failure">
              {state.failure}
            </Text>
          )}
        </View>
      </Section>
      {state.result && <Outcome result={state.result} />}
    </View>
  )
}
