import { Text, View } from '@tarojs/components'
import { Checkbox, CheckboxGroup } from '@nutui/nutui-react-taro'
import type { PublishOptions } from '@contract'
import ButtonChoice from '@/components/ButtonChoice'
import type { NoticeForm } from '@/hooks/notices/noticeForm'

interface Props {
  options: PublishOptions
  form: NoticeForm
  onChange: (changes: Partial<NoticeForm>) => void
}

const SCOPES = [
  ['branch', '本支部'],
  ['organisation', '全体支部'],
  ['branches', '指定支部'],
] as const

/** 发布范围: a secretary's own branch, or (leader, admin) the organisation or chosen branches. */
export default function AudiencePicker({ options, form, onChange }: Props) {
  if (!options.orgWide)
    return <Text className="notice-edit__fixed">发送至：{options.branches[0]?.name ?? '本支部'}全体党员</Text>
  return (
    <View className="notice-edit__audience">
      <ButtonChoice
        className="notice-scope"
        value={form.scope}
        options={SCOPES}
        onChange={(scope) => onChange({ scope })}
      />
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
