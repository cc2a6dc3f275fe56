import { Text } from '@tarojs/components'
import type { Tone } from '@/utils/events'
import './index.scss'

/** A small coloured label: 已签到, 迟到, 签到中 … */
export default function StatusChip({ tone, children }: { tone: Tone; children: string }) {
  return <Text className={`status-chip status-chip--${tone}`}>{children}</Text>
}
