import type { Envelope, WxPayment } from '@contract'

/** A file the user picked: a local path the platform can upload, and its original name. */
export interface PickedFile {
  path: string
  name: string
  size: number
}

export interface Platform {
  /** Sends one action; resolves with the function's envelope, rejects only when the request itself fails. */
  call(fn: string, body: { action: string; payload: unknown }): Promise<Envelope<unknown>>
  /** Uploads a local file under `folder`; the envelope carries its fileID. Rejects only when the request fails. */
  upload(filePath: string, folder: string, fileName: string): Promise<Envelope<{ fileID: string }>>
  /** A URL an Image (or a link) can show. */
  fileUrl(fileID: string): string
  /** Downloads (h5) or opens (weapp) a stored document. */
  openFile(fileID: string, fileName?: string): Promise<void>
  /** Lets the user pick one document with one of the extensions; null when they cancel. */
  chooseFile(extensions: string[]): Promise<PickedFile | null>
  /**
   * Pays an order: weapp asks WeChat Pay (`requestPayment`) and resolves `paid` or `cancelled`;
   * h5 leaves for the local host's simulated payment page, which comes back to `back`.
   */
  pay(payment: WxPayment | null, orderNo: string, back: string): Promise<'paid' | 'cancelled' | 'left'>
  /** The session is gone: h5 goes to the dev login, weapp has nothing to do (the identity is WeChat's). */
  onNoSession(): void
}
