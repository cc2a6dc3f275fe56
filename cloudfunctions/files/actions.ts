import type { filesContract } from '../common/contract/files'
import type { ActionTable } from '../common/handler'
import { fileLinks } from './usecases/fileLinks'
import { registerUpload } from './usecases/registerUpload'

export const filesActions: ActionTable<typeof filesContract> = {
  registerUpload: { access: 'member', run: registerUpload },
  fileLinks: { access: 'member', run: fileLinks },
}
