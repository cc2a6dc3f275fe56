import { Text, View } from '@tarojs/components'
import type { Profile } from '@contract'
import RoleTags from '@/components/RoleTags'
import { formatCalendarDate } from '@/utils/time'
import { politicalBirthdayText, sortRoles } from '@/utils/members'
import './index.scss'

/** 我的 header: who, where, since when. */
export default function ProfileCard({ profile }: { profile: Profile }) {
  const birthdayToday = profile.daysToPoliticalBirthday === 0
  return (
    <View className="profile-card" data-testid="profile-card">
      <View className="profile-card__top">
        <View className="profile-card__avatar">
          <Text>{profile.name.slice(-2)}</Text>
        </View>
        <View className="profile-card__who">
          <Text className="profile-card__name" data-testid="profile-name">
            {profile.name}
          </Text>
          <Text className="profile-card__branch" data-testid="profile-branch">
            {profile.branchName}
            {profile.groupName ? ` · ${profile.groupName}` : ''}
          </Text>
        </View>
      </View>
      <View className="profile-card__roles" data-testid="profile-roles">
        <RoleTags roles={sortRoles(profile.roles)} />
      </View>
      <View className="profile-card__facts">
        <View className="profile-card__fact">
          <Text className="profile-card__value">{formatCalendarDate(profile.joinedOn)}</Text>
          <Text className="profile-card__label">入党日期</Text>
        </View>
        <View className="profile-card__fact">
          <Text className="profile-card__value" data-testid="profile-party-years">
            {profile.partyYears} 年
          </Text>
          <Text className="profile-card__label">党龄</Text>
        </View>
      </View>
      <View
        className={`profile-card__birthday${birthdayToday ? ' profile-card__birthday--today' : ''}`}
        data-testid="political-birthday"
      >
        <Text>{politicalBirthdayText(profile.daysToPoliticalBirthday, profile.partyYears)}</Text>
      </View>
    </View>
  )
}
