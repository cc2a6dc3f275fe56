import { AsyncLocalStorage } from 'node:async_hooks'
import cloud from 'wx-server-sdk'

/**
 * In the cloud, `getWXContext()` reads per-invocation environment variables;
 * one local process serves many callers at once, so each invocation carries
 * its own context here and the SDK's `getWXContext` reads it.
 */
export interface WXContext {
  OPENID?: string
  APPID: string
  UNIONID?: string
  ENV: string
  SOURCE: string
}

const storage = new AsyncLocalStorage<WXContext>()

export const LOCAL_APPID = 'wx-local-appid'
export const LOCAL_ENV = 'local'

export const installWXContext = (): void => {
  cloud.getWXContext = (() =>
    storage.getStore() ?? { APPID: LOCAL_APPID, ENV: LOCAL_ENV, SOURCE: 'local' }) as typeof cloud.getWXContext
}

/** Runs `fn` as an invocation by `openid` (none: a timer trigger). */
export const runAs = <T>(openid: string | undefined, fn: () => Promise<T>): Promise<T> =>
  storage.run({ OPENID: openid, APPID: LOCAL_APPID, ENV: LOCAL_ENV, SOURCE: openid ? 'wx_client' : 'wx_trigger' }, fn)
