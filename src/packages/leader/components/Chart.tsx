import { useEffect } from 'react'
import { Canvas, View } from '@tarojs/components'
import UCharts, { type UChartsOptions } from '@qiun/ucharts'
import { openSurface } from './chartCanvas'
import { thinLabels } from './axisLabels'
import './Chart.scss'

type ChartSpec = Omit<UChartsOptions, 'context' | 'width' | 'height' | 'pixelRatio'>

interface Props {
  id: string
  spec: ChartSpec
  testId?: string
}

const BASE: Partial<UChartsOptions> = {
  canvas2d: true,
  animation: false,
  background: '#FFFFFF',
  padding: [16, 12, 4, 4],
  fontSize: 11,
  fontColor: '#595959',
}
/** uCharts' own x-axis size, named so the thinning measures what is drawn. */
const AXIS_FONT_SIZE = 13

/**
 * A uCharts chart on a 2D canvas; the same code draws in the mini-program and
 * in h5. Redrawn whenever the spec (its data) changes.
 */
export default function Chart({ id, spec, testId }: Props) {
  const key = JSON.stringify(spec)
  useEffect(() => {
    let cancelled = false
    // The canvas exists once the page has rendered this frame.
    const timer = setTimeout(async () => {
      const surface = await openSurface(id)
      if (!surface || cancelled) return
      const { context, width, height, pixelRatio } = surface
      const formatter = thinLabels(spec.categories ?? [], width, AXIS_FONT_SIZE)
      const xAxis = { ...spec.xAxis, fontSize: AXIS_FONT_SIZE, ...(formatter ? { formatter } : {}) }
      // uCharts draws in device pixels and scales fonts and paddings by pixelRatio itself.
      new UCharts({
        ...BASE,
        ...spec,
        xAxis,
        context,
        width: width * pixelRatio,
        height: height * pixelRatio,
        pixelRatio,
      })
    }, 50)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, key])
  return (
    <View className="stats-chart" data-testid={testId}>
      <Canvas type="2d" id={id} canvasId={id} className="stats-chart__canvas" />
    </View>
  )
}
