import { Text, View } from '@tarojs/components'
import type { Profile } from '@contract'
import { shanghai } from '@/utils/time'

/** Greeting banner with today's date (Asia/Shanghai). */
export default function Welcome({ profile }: { profile: Profile }) {
  return (
    <View className="home-welcome" data-testid="home-welcome">
      <Text className="home-welcome__hello">{profile.name}，您好</Text>
      <Text className="home-welcome__branch">{profile.branchName}</Text>
      <Text className="home-welcome__date">{shanghai().format('YYYY年M月D日 dddd')}</Text>
    </View>
  )
}
