/** Work counters, so tests and benchmarks can prove round trips and index use. */
export interface CounterSet {
  requests: Record<string, number>
  scanned: number
  returned: number
}

export const emptyCounters = (): CounterSet => ({ requests: {}, scanned: 0, returned: 0 })

export const snapshot = (c: CounterSet): CounterSet => ({
  requests: { ...c.requests },
  scanned: c.scanned,
  returned: c.returned,
})
