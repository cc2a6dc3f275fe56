import cloud from 'wx-server-sdk'
import type { Context } from '../../common/handler'
import { isDuplicateKeyError } from '../../common/errors'
import { acceptUpload, recordFile, recordedOwner } from '../../common/fileAccess'
import type { FileType } from '../../common/fileTypes'
import { missing } from '../../common/rules/access'

const fetchUpload = async (fileID: string): Promise<Buffer> => {
  try {
    return (await cloud.downloadFile({ fileID })).fileContent as Buffer
  } catch {
    throw missing('file')
  }
}

/** A refused upload is deleted from storage; nobody can fetch it later. */
const checkOrDelete = async (check: () => FileType, fileID: string): Promise<FileType> => {
  try {
    return check()
  } catch (error) {
    await cloud.deleteFile({ fileList: [fileID] })
    throw error
  }
}

/**
 * Takes a file the caller just uploaded to cloud storage: an allowed type by its content, at most
 * 10 MiB, recorded with the caller as its owner. Registering again is a no-op for the owner; anyone
 * else's recorded file answers as missing and is left untouched, so nobody can take over (or delete)
 * a file by registering its id.
 */
export const registerUpload = async (
  { db, caller, now }: Context,
  input: { fileID: string; name: string },
): Promise<{ fileID: string }> => {
  const ownerId = caller.member._id
  const owner = await recordedOwner(db, input.fileID)
  if (owner === ownerId) return { fileID: input.fileID }
  if (owner) throw missing('file')
  const content = await fetchUpload(input.fileID)
  const type = await checkOrDelete(() => acceptUpload(caller, input.name, content), input.fileID)
  await recordFile(db, { fileID: input.fileID, ownerId, name: input.name, type, size: content.length, now }).catch(
    (error: unknown) => {
      throw isDuplicateKeyError(error) ? missing('file') : error
    },
  )
  return { fileID: input.fileID }
}
