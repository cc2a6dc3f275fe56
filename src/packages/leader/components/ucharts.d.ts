/** The parts of @qiun/ucharts (no typings of its own) that the charts use. */
declare module '@qiun/ucharts' {
  export interface UChartsOptions {
    type: 'column' | 'line'
    context: CanvasRenderingContext2D
    canvas2d?: boolean
    width: number
    height: number
    pixelRatio: number
    categories: string[]
    series: { name: string; data: (number | null)[]; color?: string }[]
    animation?: boolean
    background?: string
    color?: string[]
    padding?: number[]
    fontSize?: number
    fontColor?: string
    dataLabel?: boolean
    dataPointShape?: boolean
    legend?: { show: boolean }
    xAxis?: Record<string, unknown>
    yAxis?: Record<string, unknown>
    extra?: Record<string, unknown>
  }

  export default class UCharts {
    constructor(options: UChartsOptions)
  }
}
