import { z } from 'zod'
import { action } from './define'
import { list, payload, text } from '../validation'

const fileID = z.string().min(1, '缺少文件').max(500, '文件编号过长')

/** A short-lived download address of a file the caller may read. */
export interface FileLink {
  fileID: string
  url: string
}

export const filesContract = {
  /**
   * In the cloud the mini-program uploads straight to storage, then registers the file here: the
   * function checks the uploader and the content (the same rule the local host applies to
   * `POST /api/files`) and deletes a refused file.
   */
  registerUpload: action<{ fileID: string }>()(payload({ fileID, name: text('文件名', { max: 120 }) })),
  /** Temporary URLs (10 minutes) for files the caller may read; any other id answers as missing. */
  fileLinks: action<FileLink[]>()(payload({ fileIDs: list('文件', fileID, 20).min(1, '请至少选择一个文件') })),
}

export const filesErrors = {} as const
