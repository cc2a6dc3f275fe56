import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import cloud from 'wx-server-sdk'

/** Local file ids look like `local://<40 random hex>.<ext>` and are served by the host at `/files/<name>`. */
export const LOCAL_FILE_PREFIX = 'local://'

export interface LocalFiles {
  /** Stores content under a new random name; returns its `local://` file id. */
  save(content: Buffer, originalName: string): string
  /** The content of a `local://` file id; throws as the cloud's downloadFile does when missing. */
  read(fileID: string): Buffer
  /** The content of a stored file by its bare name (as served at `/files/<name>`), or null. */
  get(name: string): Buffer | null
  /** Deletes a `local://` file id; a missing one is already gone. */
  remove(fileID: string): void
}

const safeExtension = (name: string): string =>
  extname(name)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 10)

/** A random name: two uploads of the same bytes are two files, each with its own owner. */
const storedName = (originalName: string) => randomBytes(20).toString('hex') + safeExtension(originalName)

/** Only names we generate are looked up, so a request can never reach outside the folder. */
const isStoredName = (name: string) => basename(name) === name && /^[a-f0-9]{40}(\.[a-z0-9]{1,9})?$/.test(name)

type Store = Pick<LocalFiles, 'save' | 'get'> & { drop(name: string): void }

const withLookup = ({ save, get: lookup, drop }: Store): LocalFiles => {
  const get = (name: string) => (isStoredName(name) ? lookup(name) : null)
  const nameOf = (fileID: string) =>
    fileID.startsWith(LOCAL_FILE_PREFIX) ? fileID.slice(LOCAL_FILE_PREFIX.length) : ''
  return {
    save,
    get,
    remove(fileID) {
      if (isStoredName(nameOf(fileID))) drop(nameOf(fileID))
    },
    read(fileID) {
      const content = fileID.startsWith(LOCAL_FILE_PREFIX) ? get(fileID.slice(LOCAL_FILE_PREFIX.length)) : null
      if (!content) throw new Error(`downloadFile:fail file ${fileID} does not exist`)
      return content
    },
  }
}

/** Files in a folder (`.data/files`), or in memory for tests when no folder is given. */
export const openLocalFiles = (dir?: string): LocalFiles => {
  if (!dir) {
    const memory = new Map<string, Buffer>()
    return withLookup({
      save: (content, originalName) => {
        const name = storedName(originalName)
        memory.set(name, Buffer.from(content))
        return LOCAL_FILE_PREFIX + name
      },
      get: (name) => memory.get(name) ?? null,
      drop: (name) => memory.delete(name),
    })
  }
  mkdirSync(dir, { recursive: true })
  return withLookup({
    save: (content, originalName) => {
      const name = storedName(originalName)
      writeFileSync(join(dir, name), content)
      return LOCAL_FILE_PREFIX + name
    },
    get: (name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name)) : null),
    drop: (name) => rmSync(join(dir, name), { force: true }),
  })
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
    getTempFileURL: async ({ fileList }: { fileList: (string | { fileID: string })[] }) => ({
      fileList: fileList
        .map((file) => (typeof file === 'string' ? file : file.fileID))
        .map((fileID) => ({ fileID, tempFileURL: urlOf(fileID), status: 0, errMsg: 'ok' })),
      errMsg: 'getTempFileURL:ok',
    }),
    deleteFile: async ({ fileList }: { fileList: string[] }) => ({
      fileList: fileList.map((fileID) => {
        files.remove(fileID)
        return { fileID, status: 0, errMsg: 'ok' }
      }),
      errMsg: 'deleteFile:ok',
    }),
  }
  Object.assign(cloud, local)
}
