import { Text, View } from '@tarojs/components'
import { Button, Popup } from '@nutui/nutui-react-taro'
import type { Branch, RosterEntry } from '@contract'
import type { Role } from '@contract/common'
import { formatPhone } from '@/utils/members'
import MemberHistory from './MemberHistory'
import MoveEditor from './MoveEditor'
import RoleEditor from './RoleEditor'
import './MemberSheet.scss'

interface Props {
  entry: RosterEntry | undefined
  branches: Branch[]
  onClose: () => void
  onSaveRoles: (entry: RosterEntry, roles: Role[]) => Promise<boolean>
  onMove: (entry: RosterEntry, branchId: string, groupId: string | null) => Promise<boolean>
  onUnbind: (entry: RosterEntry) => Promise<boolean>
}

/** Bottom sheet with everything an admin can change about one member. */
export default function MemberSheet({ entry, branches, onClose, onSaveRoles, onMove, onUnbind }: Props) {
  return (
    <Popup visible={Boolean(entry)} position="bottom" round closeable destroyOnClose onClose={onClose}>
      {entry && (
        <View className="member-sheet" data-testid="member-sheet">
          <View className="member-sheet__head">
            <Text className="member-sheet__name">{entry.name}</Text>
            <Text className="member-sheet__phone">{formatPhone(entry.phone)}</Text>
          </View>
          <View className="member-sheet__block">
            <Text className="member-sheet__title">角色</Text>
            <RoleEditor key={entry.roles.join()} roles={entry.roles} onSave={(roles) => onSaveRoles(entry, roles)} />
          </View>
          <View className="member-sheet__block">
            <Text className="member-sheet__title">所在支部</Text>
            <MoveEditor
              key={entry.branchId + entry.groupId}
              entry={entry}
              branches={branches}
              onMove={async (branchId, groupId) => (await onMove(entry, branchId, groupId)) && onClose()}
            />
          </View>
          {entry.bound && (
            <View className="member-sheet__block">
              <Text className="member-sheet__title">微信绑定</Text>
              <Button
                className="unbind-button"
                type="primary"
                fill="outline"
                block
                onClick={() => void onUnbind(entry)}
              >
                解除绑定
              </Button>
            </View>
          )}
          <View className="member-sheet__block">
            <Text className="member-sheet__title">变更记录</Text>
            {/* Remounted (reloaded) after each change to this member. */}
            <MemberHistory
              key={[entry.roles.join(), entry.branchId, entry.groupId, entry.bound].join('|')}
              memberId={entry.memberId}
            />
          </View>
        </View>
      )}
    </Popup>
  )
}
