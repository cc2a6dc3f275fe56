/**
 * The real local host (`npm run dev` without the h5 build) as a child process,
 * and a small HTTP client for it: sign in through the dev login, call
 * functions, and kill it with SIGKILL.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import type { Envelope } from '../../cloudfunctions/common/contract'

const ROOT = join(__dirname, '..', '..')

export interface HostProcess {
  url: string
  child: ChildProcess
  kill(): Promise<void>
}

/** Starts `local/host/main.ts` on a free port with `dataDir`, resolving once it announces its URL. */
export const spawnHost = (dataDir: string): Promise<HostProcess> =>
  new Promise((resolve, reject) => {
    // node itself with tsx's loader: the `tsx` CLI would run the host in a grandchild that SIGKILL never reaches.
    const args = ['--import', 'tsx', 'local/host/main.ts', '--no-build', '--data', dataDir, '--port', '0']
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    child.once('exit', (code) => reject(new Error(`host exited (${code}) before listening:\n${output}`)))
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const url = /local host: (http:\/\/\S+)/.exec(output)?.[1]
      if (!url) return
      child.stdout?.off('data', onData)
      resolve({
        url,
        child,
        kill: async () => {
          child.kill('SIGKILL')
          await exited
        },
      })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  })

/** Signs in as `openid` through the dev login; the cookie stays valid across restarts (same data folder). */
export const devLogin = async (url: string, openid: string): Promise<string> => {
  const response = await fetch(`${url}/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ openid }),
    redirect: 'manual',
  })
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]
  if (!cookie) throw new Error(`dev login as ${openid} failed: ${response.status}`)
  return cookie
}

export type Caller = <T = unknown>(fn: string, action: string, payload: unknown) => Promise<Envelope<T>>

export const callerFor =
  (url: string, cookie: string): Caller =>
  async <T>(fn: string, action: string, payload: unknown) => {
    const response = await fetch(`${url}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ action, payload }),
    })
    return (await response.json()) as Envelope<T>
  }

/** Like a Caller, but throws unless the envelope is ok (arranging, verifying). */
export const must = async <T>(envelope: Promise<Envelope<T>>): Promise<T> => {
  const result = await envelope
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`)
  return result.data
}
