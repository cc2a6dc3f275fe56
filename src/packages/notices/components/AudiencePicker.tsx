import { Text, View } from '@tarojs/components'
import { Checkbox, CheckboxGroup, Radio, RadioGroup } from '@nutui/nutui-react-taro'
import type { PublishOptions } from '@contract'
import type { NoticeForm } from '@/hooks/notices/noticeForm'

interface Props {
  options: PublishOptions
  form: NoticeForm
  onChange: (changes: Partial<NoticeForm>) => void
}

/** 发布范围: a secretary's own branch, or (leader, admin) the organisation or chosen branches. */
export default function AudiencePicker({ options, form, onChange }: Props) {
  if (!options.orgWide)
    return <Text className="notice-edit__fixed">发送至：{options.branches[0]?.name ?? '本支部'}全体党员</Text>
  return (
    <View className="notice-edit__audience">
      <RadioGroup
        className="notice-scope"
        value={form.scope}
        direction="horizontal"
        onChange={(value) => onChange({ scope: value as NoticeForm['scope'] })}
      >
        <Radio shape="button" value="branch">
          本支部
        </Radio>
        <Radio shape="button" value="organisation">
          全体支部
        </Radio>
        <Radio shape="button" value="branches">
          指定支部
        </Radio>
      </RadioGroup>
      {form.scope === 'branches' && (
        <CheckboxGroup
          className="notice-branches"
          value={form.branchIds}
          direction="horizontal"
          onChange={(value) => onChange({ branchIds: value })}
        >
          {options.branches.map((branch) => (
            <Checkbox key={branch.id} value={branch.id} label={branch.name} />
          ))}
        </CheckboxGroup>
      )}
    </View>
  )
}
