import type { ChartSurface } from './chartCanvas'

/** Taro's h5 `<Canvas>` wraps a DOM canvas: find it by the element's id. */
export const openSurface = async (id: string): Promise<ChartSurface | null> => {
  const host = document.getElementById(id)
  const canvas = host instanceof HTMLCanvasElement ? host : host?.querySelector('canvas')
  if (!canvas) return null
  const { width, height } = (host ?? canvas).getBoundingClientRect()
  const pixelRatio = window.devicePixelRatio || 1
  canvas.width = width * pixelRatio
  canvas.height = height * pixelRatio
  canvas.style.width = `${width}px`
  canvas.style.height = `${height}px`
  const context = canvas.getContext('2d')
  return context ? { context, width, height, pixelRatio } : null
}
