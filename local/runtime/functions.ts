import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Envelope } from '../../cloudfunctions/common/contract'
import { main as development } from '../../cloudfunctions/development/index'
import { main as dues } from '../../cloudfunctions/dues/index'
import { main as events } from '../../cloudfunctions/events/index'
import { main as files } from '../../cloudfunctions/files/index'
import { main as members } from '../../cloudfunctions/members/index'
import { main as notices } from '../../cloudfunctions/notices/index'
import { main as points } from '../../cloudfunctions/points/index'
import { main as review } from '../../cloudfunctions/review/index'
import { main as stats } from '../../cloudfunctions/stats/index'

export type FunctionMain = (event: unknown) => Promise<Envelope<unknown>>

/** Every cloud function, by its deployed name; the local host serves exactly these. */
export const functionMains: Record<string, FunctionMain> = {
  members,
  notices,
  points,
  events,
  stats,
  files,
  review,
  dues,
  development,
}

export const FUNCTIONS_ROOT = join(__dirname, '../../cloudfunctions')

export interface TimerTrigger {
  functionName: string
  name: string
  /** WeChat's 7-field cron: second minute hour day month weekday year. */
  config: string
}

/** Timer triggers as each function's config.json declares them for the cloud. */
export const timerTriggers = (): TimerTrigger[] =>
  Object.keys(functionMains).flatMap((functionName) => {
    const config = JSON.parse(readFileSync(join(FUNCTIONS_ROOT, functionName, 'config.json'), 'utf8')) as {
      triggers?: { name: string; type: string; config: string }[]
    }
    return (config.triggers ?? [])
      .filter((trigger) => trigger.type === 'timer')
      .map((trigger) => ({ functionName, name: trigger.name, config: trigger.config }))
  })
