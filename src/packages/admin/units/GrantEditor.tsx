import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { UnitView } from '@contract'
import { ROLE_LABELS } from '@contract/common'
import ButtonChoice from '@/components/ButtonChoice'
import { grantLabel, useUnitGrants, type GrantRole } from '@/hooks/units/useUnitGrants'

type Grants = ReturnType<typeof useUnitGrants>

/** Who holds roles on the unit, each with 撤销. */
function GrantList({ grants }: { grants: Grants }) {
  const held = grants.grants.data
  if (!held) return <Text className="unit-sheet__hint">{grants.grants.error?.message ?? '加载中…'}</Text>
  if (held.length === 0) return <Text className="unit-sheet__hint">尚未授权</Text>
  return (
    <View>
      {held.map((grant) => (
        <View
          key={`${grant.memberId}:${grant.role}`}
          className="unit-grant"
          data-testid="unit-grant"
          data-member-id={grant.memberId}
        >
          <Text className="unit-grant__name">{grant.name}</Text>
          <Text className="tag tag--primary">{grantLabel(grant)}</Text>
          <Text className="grant-revoke unit-grant__revoke" onClick={() => void grants.revoke(grant)}>
            撤销
          </Text>
        </View>
      ))}
    </View>
  )
}

/** The members found (at most 8 shown), tapped to pick one; the phone's end tells namesakes apart. */
function Candidates({ grants }: { grants: Grants }) {
  const found = grants.search.found.data
  return (
    <View className="grant-form__found">
      {found?.length === 0 && <Text className="unit-sheet__hint">未找到党员</Text>}
      {found?.slice(0, 8).map((entry) => (
        <Text
          key={entry.memberId}
          className="grant-candidate"
          data-testid="grant-candidate"
          data-member-id={entry.memberId}
          onClick={() => grants.pick(entry)}
        >
          {entry.name} {entry.phone.slice(-4)}
        </Text>
      ))}
    </View>
  )
}

/** The picked member, the role to grant and 授权. */
function Chosen({ grants, name }: { grants: Grants; name: string }) {
  const options = grants.roles.map((role) => [role, ROLE_LABELS[role]] as const)
  return (
    <View className="grant-form__chosen">
      <Text className="grant-form__member" data-testid="grant-member">
        授予 {name}
      </Text>
      <ButtonChoice<GrantRole> className="grant-role" value={grants.role} options={options} onChange={grants.setRole} />
      <View className="unit-sheet__row">
        <Button
          className="grant-save"
          type="primary"
          size="small"
          loading={grants.running}
          onClick={() => void grants.grant()}
        >
          授权
        </Button>
        <Button size="small" onClick={() => grants.pick(undefined)}>
          取消
        </Button>
      </View>
    </View>
  )
}

/** Find a member by name or phone, pick one, choose the role, grant. */
function GrantForm({ grants }: { grants: Grants }) {
  const { search, member } = grants
  return (
    <View className="grant-form">
      <View className="unit-sheet__row">
        <Input
          id="grant-search"
          className="unit-sheet__input"
          placeholder="搜索党员姓名或手机号"
          value={search.typed}
          confirmType="search"
          onChange={search.setTyped}
          onConfirm={search.run}
        />
        <Button className="grant-search-submit" size="small" onClick={search.run}>
          搜索
        </Button>
      </View>
      {search.searched && !member && <Candidates grants={grants} />}
      {member && <Chosen grants={grants} name={member.name} />}
    </View>
  )
}

export default function GrantEditor({ unit }: { unit: UnitView }) {
  const grants = useUnitGrants(unit)
  return (
    <View>
      <GrantList grants={grants} />
      <GrantForm grants={grants} />
    </View>
  )
}
