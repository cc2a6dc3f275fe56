/**
 * The one client transport. Api modules (`src/api/<function>.ts`) call it;
 * pages and hooks never do. The platform half (`platform.weapp.ts`,
 * `platform.h5.ts`) moves the bytes; this half types the calls from the
 * contract and turns failures into `ApiError`s.
 */
import Taro from '@tarojs/taro'
import type { ActionName, Envelope, ErrorCode, FunctionName, Payload, Result, WxPayment } from '@contract'
import { retriedOnBusy, sendRetryingBusy } from '@contract/busy'
import { platform } from './platform'

export type { PickedFile } from './platform-types'

/** Contract error codes plus the client's own: the request never reached a function. */
export type ApiErrorCode = ErrorCode | 'NETWORK'

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** The input field the server found wrong, e.g. `title` or `categories.2.dailyCap`. */
    readonly field?: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export interface CallOptions {
  /** Do not toast the error: the caller shows it inline. */
  silent?: boolean
}

const NETWORK_MESSAGE = '网络异常，请检查网络后重试'

const fail = (code: ApiErrorCode, message: string, options: CallOptions, field?: string): never => {
  if (code === 'NO_SESSION') platform.onNoSession()
  if (!options.silent) void Taro.showToast({ title: message, icon: 'none', duration: 2500 })
  throw new ApiError(code, message, field)
}

const settle = async <T>(request: () => Promise<Envelope<T>>, options: CallOptions): Promise<T> => {
  let envelope: Envelope<T>
  try {
    envelope = await request()
  } catch (error) {
    console.warn('[transport]', error)
    return fail('NETWORK', NETWORK_MESSAGE, options)
  }
  if (!envelope || typeof envelope !== 'object' || !('ok' in envelope)) {
    return fail('INTERNAL', '服务器开小差了，请稍后再试', options)
  }
  return envelope.ok ? envelope.data : fail(envelope.code, envelope.message, options, envelope.field)
}

/**
 * Calls `fn` with `{ action, payload }`; resolves with the action's result or throws an `ApiError`.
 * The idempotent rush actions (`@contract/busy`) are sent again on BUSY before anything is shown.
 */
export const callFunction = <F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  payload: Payload<F, A>,
  options: CallOptions = {},
): Promise<Result<F, A>> => {
  const send = () => platform.call(fn, { action, payload }) as Promise<Envelope<Result<F, A>>>
  return settle(() => (retriedOnBusy(fn, action) ? sendRetryingBusy(send) : send()), options)
}

/** Uploads a local file (a picked file's path) into `folder`; resolves with its fileID. */
export const uploadFile = async (
  filePath: string,
  folder: string,
  fileName = filePath,
  options: CallOptions = {},
): Promise<string> => (await settle(() => platform.upload(filePath, folder, fileName), options)).fileID

/** A URL an `Image` can show for a stored file. */
export const fileUrl = (fileID: string): string => platform.fileUrl(fileID)

/** Opens (weapp) or downloads (h5) a stored document. */
export const openFile = async (fileID: string, fileName?: string): Promise<void> => {
  try {
    await platform.openFile(fileID, fileName)
  } catch (error) {
    console.warn('[transport] openFile', error)
    void Taro.showToast({ title: '文件打开失败，请稍后再试', icon: 'none' })
  }
}

/** Lets the user pick one document (e.g. `['csv', 'xlsx']`); null when they cancel. */
export const chooseFile = (extensions: string[]) => platform.chooseFile(extensions)

/** Pays a dues order on this platform (WeChat Pay, or the local host's simulated payment page). */
export const payOrder = (payment: WxPayment | null, orderNo: string, back: string) =>
  platform.pay(payment, orderNo, back)
