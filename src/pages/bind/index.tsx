// Selectors: #bind-name #bind-phone #bind-invite [data-testid=bind-error] .bind-submit .nut-tabs-titles-item (tabs: 姓名手机号 / 邀请码)
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input, TabPane, Tabs } from '@nutui/nutui-react-taro'
import { useBind, useBindFields } from '@/hooks/members/useBind'
import './index.scss'

type Mode = 'phone' | 'invite'

type Fields = ReturnType<typeof useBindFields>

/** 姓名手机号 or 邀请码: two ways to find oneself in the roster. */
function BindTabs({ mode, onMode, fields }: { mode: Mode; onMode: (value: string | number) => void; fields: Fields }) {
  return (
    <Tabs value={mode} onChange={onMode}>
      <TabPane title="姓名手机号" value="phone">
        <View className="bind__field">
          <Text className="bind__label">姓名</Text>
          <Input id="bind-name" placeholder="请输入姓名" maxLength={20} value={fields.name} onChange={fields.setName} />
        </View>
        <View className="bind__field">
          <Text className="bind__label">手机号</Text>
          <Input
            id="bind-phone"
            type="number"
            placeholder="请输入名册登记的手机号"
            maxLength={11}
            value={fields.phone}
            onChange={fields.setPhone}
          />
        </View>
      </TabPane>
      <TabPane title="邀请码" value="invite">
        <View className="bind__field">
          <Text className="bind__label">邀请码</Text>
          <Input
            id="bind-invite"
            placeholder="请输入支部书记提供的 8 位邀请码"
            maxLength={8}
            value={fields.inviteCode}
            onChange={(value) => fields.setInviteCode(value.toUpperCase())}
          />
        </View>
      </TabPane>
    </Tabs>
  )
}

/** 身份绑定: the only page a first-time user sees. */
export default function Bind() {
  const { submit, submitting, error, clearError } = useBind()
  const [mode, setMode] = useState<Mode>('phone')
  const fields = useBindFields()
  const { name, phone, inviteCode } = fields

  const onSubmit = () => void submit(mode === 'invite' ? { inviteCode } : { name, phone })
  const switchMode = (value: string | number) => {
    setMode(value as Mode)
    clearError()
  }

  return (
    <View className="page bind">
      <View className="bind__banner">
        <Text className="bind__title">欢迎使用智慧支部</Text>
        <Text className="bind__hint">首次使用请绑定党员身份，信息以党委导入的名册为准</Text>
      </View>
      <View className="bind__card">
        <BindTabs mode={mode} onMode={switchMode} fields={fields} />
        {error && (
          <View className="bind__error" data-testid="bind-error">
            <Text>{error}</Text>
          </View>
        )}
        <View className="bind__actions">
          <Button className="bind-submit" type="primary" block loading={submitting} onClick={onSubmit}>
            绑定
          </Button>
        </View>
      </View>
      <Text className="bind__footer">如无法绑定，请联系所在支部书记</Text>
    </View>
  )
}
