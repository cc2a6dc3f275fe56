import cloud from 'wx-server-sdk'
import type { BoundCaller } from './caller'
import type { Database } from './db/database'
import { EXPORT_TTL_MS, readableFile, recordFile } from './fileAccess'
import { fileTypeByName } from './fileTypes'
import { missing } from './rules/access'

/**
 * Cloud storage through wx-server-sdk. The local cloud serves the same calls
 * from `.data/files`, so use cases never know where they run. Every read goes
 * through the file rule (fileAccess.ts).
 */
interface FileContext {
  db: Database
  caller: BoundCaller
  now: Date
}

/** The content of a file the caller may read; any other file answers as missing. */
export const downloadFile = async ({ db, caller, now }: FileContext, fileID: string): Promise<Buffer> => {
  if (!(await readableFile(db, caller, fileID, now))) throw missing('file')
  try {
    const { fileContent } = await cloud.downloadFile({ fileID })
    return fileContent as Buffer
  } catch {
    throw missing('file')
  }
}

/** Stores an export made for the caller: only they may fetch it, for EXPORT_TTL_MS. */
export const saveExport = async (
  { db, caller, now }: FileContext,
  cloudPath: string,
  content: Buffer,
): Promise<string> => {
  const type = fileTypeByName(cloudPath)
  if (!type) throw new Error(`exports must have a known file type: ${cloudPath}`)
  const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: content })
  await recordFile(db, {
    fileID,
    ownerId: caller.member._id,
    name: cloudPath,
    type,
    size: content.length,
    now,
    expiresAt: new Date(now.getTime() + EXPORT_TTL_MS),
  })
  return fileID
}
