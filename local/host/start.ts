import { rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { startLocalCloud, type LocalCloud } from '../runtime'
import type { FunctionMain } from '../runtime/functions'
import { isSeeded, seedDemo } from '../seed'
import { allowedHostNames, isLoopback } from './guards'
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
  /**
   * Keep the dev login when listening on a non-loopback address: anyone who can reach the host can
   * then sign in as anyone, so it is off unless asked for, and asking prints a warning.
   */
  remoteDevLogin?: boolean
  /** Host names to answer to besides loopback and the address listened on (a LAN name, a tunnel). */
  allowedHosts?: string[]
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

const REMOTE_DEV_LOGIN_WARNING = `
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
!!  WARNING: the dev login is open on a non-loopback address.                !!
!!  Anyone who can reach this host can sign in as ANY user, the admin too.    !!
!!  Use this only on a network you trust, and never with real member data.   !!
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!`

/** The dev login exists on loopback; on another address only when explicitly allowed, loudly. */
const devLoginWanted = (options: StartHostOptions, host: string): boolean => {
  if (!options.devLogin) return false
  if (isLoopback(host)) return true
  if (options.remoteDevLogin) {
    console.warn(REMOTE_DEV_LOGIN_WARNING)
    return true
  }
  console.warn(`Dev login is off: the host listens on ${host}, not loopback (--remote-dev-login turns it on).`)
  return false
}

export const startHost = async (options: StartHostOptions): Promise<RunningHost> => {
  const { dataDir, host = '127.0.0.1', port = 10086 } = options
  if (options.reset && dataDir) rmSync(dataDir, { recursive: true, force: true })
  const cloud = startLocalCloud({ dataDir, extraFunctions: options.extraFunctions })
  if (options.seed && !(await isSeeded(openDatabase()))) await seedDemo(openDatabase())
  const signer = createSessionSigner(dataDir ? loadSessionSecret(dataDir) : undefined)
  const app = createHostApp({
    cloud,
    signer,
    staticDir: options.staticDir,
    devLogin: devLoginWanted(options, host),
    allowedHosts: allowedHostNames(host, options.allowedHosts),
  })
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, host, () => resolve(listening)).once('error', reject)
  })
  // Node closes an idle keep-alive connection after 5 s; a browser reusing it at that moment gets ECONNRESET
  // (seen in a browser suite). Browsers keep idle connections far longer, so the host keeps them a minute.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
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
