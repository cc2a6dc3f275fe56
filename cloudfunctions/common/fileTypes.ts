import { extensionOf } from './contract/noticeLimits'

/**
 * The file types anyone may upload, recognised by their content: a name's
 * extension only says which type to expect, the first bytes must prove it.
 * HTML, SVG, scripts and anything unknown are refused, so no upload can run
 * code when it is opened. Images are shown inline; everything else is served
 * as a download.
 */
export interface FileType {
  extensions: readonly string[]
  mime: string
  inline: boolean
  matches(content: Buffer): boolean
}

/** The largest upload: 10 MiB exactly is accepted, one byte more is refused. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

const bytesAt =
  (offset: number, ...signatures: (string | number[])[]) =>
  (content: Buffer): boolean =>
    signatures.some((signature) => {
      const expected = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature)
      return content.subarray(offset, offset + expected.length).equals(expected)
    })

const both =
  (...checks: ((content: Buffer) => boolean)[]) =>
  (content: Buffer): boolean =>
    checks.every((check) => check(content))

/** Plain text (txt, csv in UTF-8 or GBK): no NUL bytes and no markup a browser could take for a page. */
const isPlainText = (content: Buffer): boolean => {
  const head = content.subarray(0, 64 * 1024)
  return !head.includes(0) && !/^\s*</.test(head.subarray(0, 512).toString('latin1'))
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ZIP = [0x50, 0x4b, 0x03, 0x04]

export const FILE_TYPES: readonly FileType[] = [
  { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', inline: true, matches: bytesAt(0, [0xff, 0xd8, 0xff]) },
  { extensions: ['png'], mime: 'image/png', inline: true, matches: bytesAt(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) },
  { extensions: ['gif'], mime: 'image/gif', inline: true, matches: bytesAt(0, 'GIF87a', 'GIF89a') },
  { extensions: ['webp'], mime: 'image/webp', inline: true, matches: both(bytesAt(0, 'RIFF'), bytesAt(8, 'WEBP')) },
  { extensions: ['mp4'], mime: 'video/mp4', inline: false, matches: bytesAt(4, 'ftyp') },
  { extensions: ['pdf'], mime: 'application/pdf', inline: false, matches: bytesAt(0, '%PDF-') },
  { extensions: ['doc'], mime: 'application/msword', inline: false, matches: bytesAt(0, OLE) },
  { extensions: ['xls'], mime: 'application/vnd.ms-excel', inline: false, matches: bytesAt(0, OLE) },
  { extensions: ['ppt'], mime: 'application/vnd.ms-powerpoint', inline: false, matches: bytesAt(0, OLE) },
  {
    extensions: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    inline: false,
    matches: bytesAt(0, ZIP),
  },
  {
    extensions: ['xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    inline: false,
    matches: bytesAt(0, ZIP),
  },
  {
    extensions: ['pptx'],
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    inline: false,
    matches: bytesAt(0, ZIP),
  },
  /** Archives: exports of a whole file (一人一档); served as a download, never opened by the host. */
  { extensions: ['zip'], mime: 'application/zip', inline: false, matches: bytesAt(0, ZIP) },
  { extensions: ['txt'], mime: 'text/plain; charset=utf-8', inline: false, matches: isPlainText },
  { extensions: ['csv'], mime: 'text/csv', inline: false, matches: isPlainText },
]

/** The type a file name announces, if it is one we take at all. */
export const fileTypeByName = (name: string): FileType | null => {
  const extension = extensionOf(name)
  return FILE_TYPES.find((type) => type.extensions.includes(extension)) ?? null
}

/** The type of an upload when its name and its content agree on an allowed type; otherwise null. */
export const fileTypeOf = (name: string, content: Buffer): FileType | null => {
  const type = fileTypeByName(name)
  return type && type.matches(content) ? type : null
}
