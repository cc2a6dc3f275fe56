import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import cloud from 'wx-server-sdk'

/** Local file ids look like `local://<sha1>.<ext>` and are served by the host at `/files/<name>`. */
export const LOCAL_FILE_PREFIX = 'local://'

export interface LocalFiles {
  dir: string
  save(content: Buffer, originalName: string): string
  read(fileID: string): Buffer
  pathOf(name: string): string | null
}

const safeExtension = (name: string): string =>
  extname(name)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 10)

export const openLocalFiles = (dir: string): LocalFiles => {
  mkdirSync(dir, { recursive: true })
  const pathOf = (name: string): string | null => {
    const clean = basename(name)
    if (clean !== name || !/^[a-f0-9]{40}(\.[a-z0-9]{1,9})?$/.test(clean)) return null
    const path = join(dir, clean)
    return existsSync(path) ? path : null
  }
  return {
    dir,
    save(content, originalName) {
      const name = createHash('sha1').update(content).digest('hex') + safeExtension(originalName)
      writeFileSync(join(dir, name), content)
      return LOCAL_FILE_PREFIX + name
    },
    read(fileID) {
      const path = fileID.startsWith(LOCAL_FILE_PREFIX) ? pathOf(fileID.slice(LOCAL_FILE_PREFIX.length)) : null
      if (!path) throw new Error(`downloadFile:fail file ${fileID} does not exist`)
      return readFileSync(path)
    },
    pathOf,
  }
}

const urlOf = (fileID: string) => `/files/${fileID.slice(LOCAL_FILE_PREFIX.length)}`

/** Serves the SDK's storage calls from a local folder. */
export const installLocalStorage = (files: LocalFiles): void => {
  const local = {
    uploadFile: async ({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer }) => ({
      fileID: files.save(Buffer.from(fileContent), cloudPath),
      statusCode: 200,
      errMsg: 'uploadFile:ok',
    }),
    downloadFile: async ({ fileID }: { fileID: string }) => ({
      fileContent: files.read(fileID),
      statusCode: 200,
      errMsg: 'downloadFile:ok',
    }),
    getTempFileURL: async ({ fileList }: { fileList: string[] }) => ({
      fileList: fileList.map((fileID) => ({ fileID, tempFileURL: urlOf(fileID), status: 0, errMsg: 'ok' })),
      errMsg: 'getTempFileURL:ok',
    }),
    deleteFile: async ({ fileList }: { fileList: string[] }) => ({
      fileList: fileList.map((fileID) => ({ fileID, status: 0, errMsg: 'ok' })),
      errMsg: 'deleteFile:ok',
    }),
  }
  Object.assign(cloud, local)
}
