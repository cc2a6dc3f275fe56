/** Latency summaries: nearest-rank percentiles over every measured request. */
export interface LatencySummary {
  requests: number
  seconds: number
  perSecond: number
  p50: number
  p95: number
  p99: number
  max: number
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN

export const summarize = (latencies: readonly number[], wallMs: number): LatencySummary => {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    requests: sorted.length,
    seconds: round(wallMs / 1000, 2),
    perSecond: Math.round(sorted.length / (wallMs / 1000)),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
  }
}
