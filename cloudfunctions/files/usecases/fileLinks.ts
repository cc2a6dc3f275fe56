import cloud from 'wx-server-sdk'
import type { FileLink } from '../../common/contract/files'
import type { Context } from '../../common/handler'
import { readableFile } from '../../common/fileAccess'
import { missing } from '../../common/rules/access'

/** How long a handed-out address works. */
const LINK_SECONDS = 600

/**
 * Temporary URLs of files the caller may read, after the same check the local host makes before
 * serving `/files/<name>`. One file the caller may not read fails the call exactly like a missing one.
 */
export const fileLinks = async ({ db, caller, now }: Context, input: { fileIDs: string[] }): Promise<FileLink[]> => {
  const fileIDs = [...new Set(input.fileIDs)]
  const readable = await Promise.all(fileIDs.map((fileID) => readableFile(db, caller, fileID, now)))
  if (readable.some((file) => !file)) throw missing('file')
  const answer = (await cloud.getTempFileURL({
    fileList: fileIDs.map((fileID) => ({ fileID, maxAge: LINK_SECONDS })),
  })) as { fileList: { fileID: string; tempFileURL: string }[] }
  return answer.fileList.map((file) => ({ fileID: file.fileID, url: file.tempFileURL }))
}
