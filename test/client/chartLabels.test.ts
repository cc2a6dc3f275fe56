import { thinLabels } from '../../src/packages/leader/components/axisLabels'

const MONTHS = Array.from({ length: 12 }, (_, index) => `${index + 1}月`)
const BRANCHES = ['第一支部', '第二支部', '第三支部', '第四支部']
/** The chart canvas is the page width less the card's margins and padding (about 52 px). */
const shown = (labels: string[], width: number) => {
  const formatter = thinLabels(labels, width, 13)
  return formatter ? labels.map(formatter).filter(Boolean) : labels
}

describe('x-axis labels on a narrow phone (leader charts)', () => {
  it('keeps every other month at 320 px, counted back from the current one', () => {
    expect(shown(MONTHS, 268)).toEqual(['2月', '4月', '6月', '8月', '10月', '12月'])
    expect(shown(MONTHS.slice(0, 11), 268)).toEqual(['1月', '3月', '5月', '7月', '9月', '11月'])
  })

  it('keeps every label that fits', () => {
    expect(thinLabels(BRANCHES, 268, 13)).toBeNull()
    expect(thinLabels(MONTHS.slice(0, 6), 268, 13)).toBeNull()
    expect(shown([...BRANCHES, '第五支部', '第六支部', '第七支部'], 268)).toEqual([
      '第一支部',
      '第三支部',
      '第五支部',
      '第七支部',
    ])
  })
})
