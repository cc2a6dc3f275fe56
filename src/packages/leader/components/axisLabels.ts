/** Room uCharts leaves for the y axis and the paddings, in CSS px. */
const AXIS_ROOM = 40
const LABEL_GAP = 4

/** Width of a label in CSS px: CJK characters are about one font size wide, digits and Latin letters about 0.6. */
const labelWidth = (label: string, fontSize: number) =>
  [...label].reduce((sum, char) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.6) * fontSize, 0)

/**
 * An x-axis formatter that keeps every `step`-th label, counted back from the
 * last (the current month stays labelled), so that no two labels touch on a
 * narrow phone; null when every label fits.
 */
export const thinLabels = (
  categories: readonly string[],
  width: number,
  fontSize: number,
): ((label: string, index: number) => string) | null => {
  if (!categories.length) return null
  const widest = Math.max(...categories.map((label) => labelWidth(label, fontSize))) + LABEL_GAP
  const fits = Math.max(1, Math.floor((width - AXIS_ROOM) / widest))
  if (categories.length <= fits) return null
  const step = Math.ceil(categories.length / fits)
  const last = categories.length - 1
  return (label, index) => ((last - index) % step === 0 ? label : '')
}
