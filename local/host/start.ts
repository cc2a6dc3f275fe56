import { rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { startLocalCloud, type LocalCloud } from '../runtime'
import type { FunctionMain } from '../runtime/functions'
import { isSeeded, seedDemo } from '../seed'
import { createHostApp } from './server'
import { loadSessionSecret } from './secret'
import { createSessionSigner } from './session'
import { startTimers } from './timers'

export interface StartHostOptions {
  /** Data folder; undefined: in memory (tests). */
  dataDir?: string
  /** Wipe the data folder first. */
  reset?: boolean
  host?: string
  /** 0: any free port. */
  port?: number
  staticDir?: string
  /** The dev login page (choose any user): local mode only, so off unless asked for (`npm run dev` asks). */
  devLogin?: boolean
  /** Seed the demo organisation when the database is empty. */
  seed?: boolean
  timers?: boolean
  /** Functions served besides the deployed ones (the benchmark's no-op); never shipped. */
  extraFunctions?: Record<string, FunctionMain>
}

export interface RunningHost {
  url: string
  cloud: LocalCloud
  close(): Promise<void>
}

export const startHost = async (options: StartHostOptions): Promise<RunningHost> => {
  const { dataDir, host = '127.0.0.1', port = 10086 } = options
  if (options.reset && dataDir) rmSync(dataDir, { recursive: true, force: true })
  const cloud = startLocalCloud({ dataDir, extraFunctions: options.extraFunctions })
  if (options.seed && !(await isSeeded(openDatabase()))) await seedDemo(openDatabase())
  const signer = createSessionSigner(dataDir ? loadSessionSecret(dataDir) : undefined)
  const app = createHostApp({ cloud, signer, staticDir: options.staticDir, devLogin: options.devLogin ?? false })
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, host, () => resolve(listening)).once('error', reject)
  })
  const stopTimers = options.timers ? startTimers(cloud) : () => undefined
  const { port: actualPort } = server.address() as AddressInfo
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`
  // The check-in screen's QR carries this page's local URL (cloudfunctions/events/checkinQr.ts).
  process.env.LOCAL_APP_URL = url
  return {
    url,
    cloud,
    close: async () => {
      stopTimers()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      cloud.close()
    },
  }
}
