import { filesContract } from '../common/contract/files'
import { createFunction } from '../common/handler'
import { filesActions } from './actions'

/** Uploads and downloads under the one file rule (common/fileAccess.ts). */
export const main = createFunction(filesContract, filesActions)
