import { join } from 'node:path'
import type { Envelope } from '../../cloudfunctions/common/contract'
import { collectionList } from '../../cloudfunctions/common/db/collections'
import { openLocalDatabase, useLocalDatabase, type LocalDatabase } from '../db'
import { functionMains, type FunctionMain } from './functions'
import { installLocalCloudPay } from './cloudPay'
import { installLocalOpenApi } from './openapi'
import { installLocalStorage, openLocalFiles, type LocalFiles } from './storage'
import { installWXContext, runAs } from './wxContext'

export interface LocalCloudOptions {
  /** Folder for the database (`db/`) and files (`files/`); undefined: both in memory. */
  dataDir?: string
  /** In memory only: the database starts as a copy of this image (`LocalDatabase.image()`). */
  image?: Buffer
  /** Functions served besides the deployed ones (the benchmark's no-op); never shipped. */
  extraFunctions?: Record<string, FunctionMain>
}

export interface LocalCloud {
  database: LocalDatabase
  files: LocalFiles
  /** Invokes a cloud function as the WeChat user `openid`, exactly as a client call would. */
  call(functionName: string, event: unknown, openid: string): Promise<Envelope<unknown>>
  /** Fires a timer trigger: no caller, `{Type: 'Timer', TriggerName}`. */
  runTimer(functionName: string, triggerName: string): Promise<Envelope<unknown>>
  close(): void
}

const invoke = (
  mains: Record<string, FunctionMain>,
  functionName: string,
  event: unknown,
  openid: string | undefined,
): Promise<Envelope<unknown>> => {
  const main = Object.hasOwn(mains, functionName) ? mains[functionName] : undefined
  if (!main) return Promise.resolve({ ok: false, code: 'UNKNOWN_ACTION', message: `云函数不存在：${functionName}` })
  return runAs(openid, () => main(event))
}

/**
 * The local cloud: the real functions and the real wx-server-sdk, with the
 * SDK's database, storage, openapi and WeChat context served in-process.
 */
export const startLocalCloud = ({ dataDir, image, extraFunctions = {} }: LocalCloudOptions = {}): LocalCloud => {
  const mains = { ...extraFunctions, ...functionMains }
  const database = openLocalDatabase({ dir: dataDir && join(dataDir, 'db'), image, collections: collectionList })
  const files = openLocalFiles(dataDir && join(dataDir, 'files'))
  useLocalDatabase(database)
  installWXContext()
  installLocalStorage(files)
  installLocalOpenApi()
  installLocalCloudPay()
  return {
    database,
    files,
    call: (functionName, event, openid) => invoke(mains, functionName, event, openid),
    runTimer: (functionName, triggerName) =>
      invoke(mains, functionName, { Type: 'Timer', TriggerName: triggerName }, undefined),
    close: () => database.close(),
  }
}
