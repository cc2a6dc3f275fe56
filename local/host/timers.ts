import { Cron } from 'croner'
import type { LocalCloud } from '../runtime'
import { timerTriggers } from '../runtime/functions'

/**
 * Fires each function's timer triggers as the cloud would. WeChat's cron has
 * a 7th (year) field that croner does not take; our triggers leave it `*`.
 */
export const startTimers = (cloud: LocalCloud): (() => void) => {
  const jobs = timerTriggers().map(
    (trigger) =>
      new Cron(
        trigger.config.trim().split(/\s+/).slice(0, 6).join(' '),
        { timezone: 'Asia/Shanghai', protect: true },
        async () => {
          const result = await cloud.runTimer(trigger.functionName, trigger.name)
          if (!result.ok) console.error(`Timer ${trigger.functionName}/${trigger.name} failed: ${result.message}`)
        },
      ),
  )
  return () => jobs.forEach((job) => job.stop())
}
