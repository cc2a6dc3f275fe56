// Selectors: [data-testid=profile-card|profile-name|profile-branch|profile-roles|profile-party-years|political-birthday] .birthday-remind .menu-entry--my-points .menu-entry--my-attendance .menu-entry--my-leaves .menu-entry--secretary-roster .menu-entry--admin-roster .menu-entry--admin-import
import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import MenuList from '@/components/MenuList'
import PageState from '@/components/PageState'
import ProfileCard from '@/components/ProfileCard'
import { useBoundProfile } from '@/hooks/me'
import { useReloadOnShow } from '@/hooks/notices/useNoticeOverview'
import { useMineMenu } from '@/hooks/members/useMineMenu'
import BirthdayReminder from './BirthdayReminder'
import './index.scss'

/** 我的: profile and the entries the member's roles open. */
export default function Mine() {
  const { profile, error, refresh } = useBoundProfile()
  const entries = useMineMenu(profile?.roles)
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()))
  // Roles change while the app runs (the admin makes someone secretary): coming back to 我的 shows them.
  useReloadOnShow(refresh)
  return (
    <View className="page mine">
      <PageState loading={!profile && !error} error={profile ? undefined : error} onRetry={refresh}>
        {profile && <ProfileCard profile={profile} />}
        {profile && <BirthdayReminder />}
        <View className="mine__menu">
          <MenuList entries={entries} />
        </View>
      </PageState>
    </View>
  )
}
