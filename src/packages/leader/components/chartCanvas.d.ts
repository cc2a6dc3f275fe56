/**
 * A 2D drawing context for a `<Canvas type="2d" id>` of the page. Taro
 * resolves `./chartCanvas` to `chartCanvas.weapp.ts` or `chartCanvas.h5.ts`
 * at build time; this declaration is what TypeScript sees.
 */
export interface ChartSurface {
  context: CanvasRenderingContext2D
  /** CSS pixels of the element. */
  width: number
  height: number
  pixelRatio: number
}

export declare const openSurface: (id: string) => Promise<ChartSurface | null>
