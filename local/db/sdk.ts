/**
 * Routes wx-server-sdk's database requests to a local engine. The SDK sends
 * every database request through `new Db.reqClass(config).send(action,
 * params)` of @cloudbase/database, and @cloudbase/node-sdk assigns
 * `Db.reqClass` again on every `cloud.database()` call; an accessor property
 * whose setter ignores those assignments keeps the local class in place.
 * Errors are thrown the way node-sdk throws a failed response
 * (`{code, message, requestId}`), so wx-server-sdk turns them into the same
 * errCode/errMsg as in the cloud.
 */
import { Db } from '@cloudbase/database'
import { LocalDbError } from './errors'

export interface RequestTarget {
  execute(action: string, params: unknown): Promise<unknown>
}

let current: RequestTarget | null = null
let seq = 0

class LocalRequest {
  // The SDK passes its config (env, credentials); nothing in it matters locally.
  constructor(_config?: unknown) {}

  async send(action: string, params?: unknown): Promise<unknown> {
    if (!current) throw new Error('local database: useLocalDatabase() has not been called in this process')
    try {
      return await current.execute(action, params)
    } catch (e) {
      if (e instanceof LocalDbError)
        throw Object.assign(new Error(e.message), { code: e.code, requestId: `local-err-${++seq}` })
      throw e
    }
  }
}

/** Env the SDK reads at init; set only when absent so a real cloud environment is never overridden. */
function fakeCloudEnv(): void {
  process.env.TCB_ENV ??= 'local'
  process.env.SCF_NAMESPACE ??= 'local'
  process.env.TENCENTCLOUD_SECRETID ??= 'local'
  process.env.TENCENTCLOUD_SECRETKEY ??= 'local'
  process.env.SILENCE ??= 'true'
}

export function routeSdkTo(target: RequestTarget): void {
  current = target
  fakeCloudEnv()
  const holder = Db as unknown as { reqClass: unknown }
  const desc = Object.getOwnPropertyDescriptor(holder, 'reqClass')
  if (desc?.get?.() === LocalRequest) return
  Object.defineProperty(holder, 'reqClass', {
    configurable: true,
    get: () => LocalRequest,
    set: () => undefined, // node-sdk re-assigns its HTTP class on every cloud.database()
  })
}
