import type { DuesOrderView } from '@contract'

export interface SettlementOptions {
  /** How many times `orderStatus` is asked at most (the first right away). */
  attempts?: number
  waitMs?: number
  sleep?: (ms: number) => Promise<void>
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * After `requestPayment` succeeded, WeChat's payment callback reaches the
 * cloud a moment later: ask the order's status until it is no longer
 * pending (paid, or conflict), briefly. Resolves the last status seen; a
 * failed check counts as still pending.
 */
export const awaitSettlement = async (
  check: () => Promise<Pick<DuesOrderView, 'status'>>,
  { attempts = 8, waitMs = 750, sleep = pause }: SettlementOptions = {},
): Promise<DuesOrderView['status']> => {
  for (let attempt = 1; ; attempt++) {
    const status = await check().then(
      (order) => order.status,
      () => 'pending' as const,
    )
    if (status !== 'pending' || attempt >= attempts) return status
    await sleep(waitMs)
  }
}
