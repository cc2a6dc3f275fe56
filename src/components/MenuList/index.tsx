import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import './index.scss'

export interface MenuEntry {
  title: string
  url: string
  description?: string
  testId: string
}

/** Navigation entries, e.g. 我的 → 支部名册. */
export default function MenuList({ entries }: { entries: readonly MenuEntry[] }) {
  if (!entries.length) return null
  return (
    <CellGroup>
      {entries.map((entry) => (
        <Cell
          key={entry.url}
          className={`menu-entry menu-entry--${entry.testId}`}
          title={entry.title}
          description={entry.description}
          extra="›"
          clickable
          onClick={() => void Taro.navigateTo({ url: entry.url })}
        />
      ))}
    </CellGroup>
  )
}
