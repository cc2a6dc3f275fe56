import Taro from '@tarojs/taro'
import type { ChartSurface } from './chartCanvas'

/** The mini-program's canvas 2d node, sized for the device's pixel ratio. */
export const openSurface = (id: string): Promise<ChartSurface | null> =>
  new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((result) => {
        const found = result?.[0] as { node?: HTMLCanvasElement; width: number; height: number } | undefined
        if (!found?.node) return resolve(null)
        const pixelRatio = Taro.getSystemInfoSync().pixelRatio
        found.node.width = found.width * pixelRatio
        found.node.height = found.height * pixelRatio
        const context = found.node.getContext('2d')
        resolve(context ? { context, width: found.width, height: found.height, pixelRatio } : null)
      })
  })
