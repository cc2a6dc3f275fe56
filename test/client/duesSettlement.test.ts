/**
 * After WeChat Pay succeeds on the phone, 我的党费 asks the order's status
 * until the payment callback has landed (src/hooks/dues/awaitSettlement.ts):
 * counted checks and waits, no clock.
 */
import { awaitSettlement } from '../../src/hooks/dues/awaitSettlement'

const scripted = (statuses: ('pending' | 'paid' | 'conflict' | Error)[]) => {
  let calls = 0
  const waits: number[] = []
  const check = async () => {
    const next = statuses[Math.min(calls, statuses.length - 1)]
    calls += 1
    if (next instanceof Error) throw next
    return { status: next }
  }
  return { check, sleep: async (ms: number) => void waits.push(ms), calls: () => calls, waits }
}

describe('awaitSettlement', () => {
  it('stops at the first answer that is no longer pending', async () => {
    const order = scripted(['pending', 'pending', 'paid'])
    await expect(awaitSettlement(order.check, { sleep: order.sleep, waitMs: 500 })).resolves.toBe('paid')
    expect(order.calls()).toBe(3)
    expect(order.waits).toEqual([500, 500])
  })

  it('asks once when the callback was already there, and reports a conflict as it is', async () => {
    const paid = scripted(['paid'])
    await expect(awaitSettlement(paid.check, { sleep: paid.sleep })).resolves.toBe('paid')
    expect([paid.calls(), paid.waits.length]).toEqual([1, 0])
    const conflict = scripted(['pending', 'conflict'])
    await expect(awaitSettlement(conflict.check, { sleep: conflict.sleep })).resolves.toBe('conflict')
  })

  it('gives up after the attempts, still pending; a failed check counts as pending', async () => {
    const order = scripted([new Error('network'), 'pending'])
    await expect(awaitSettlement(order.check, { sleep: order.sleep, attempts: 4 })).resolves.toBe('pending')
    expect(order.calls()).toBe(4)
    expect(order.waits).toHaveLength(3)
  })
})
