/**
 * The platform half of the transport. Taro resolves `./platform` to
 * `platform.weapp.ts` or `platform.h5.ts` at build time; this declaration is
 * what TypeScript sees, and both implementations are checked against it.
 */
import type { Platform } from './platform-types'

export declare const platform: Platform
