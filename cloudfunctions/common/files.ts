import cloud from 'wx-server-sdk'
import { AppError } from './errors'

/**
 * Cloud storage through wx-server-sdk. The local cloud serves the same calls
 * from `.data/files`, so use cases never know where they run.
 */
export const downloadFile = async (fileID: string): Promise<Buffer> => {
  try {
    const { fileContent } = await cloud.downloadFile({ fileID })
    return fileContent as Buffer
  } catch {
    throw new AppError('NOT_FOUND', '文件不存在或已过期，请重新上传')
  }
}

export const uploadFile = async (cloudPath: string, content: Buffer): Promise<string> => {
  const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: content })
  return fileID
}
