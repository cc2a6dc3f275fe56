import { useState } from 'react'
import type { BaseImportResult } from '@contract'
import { importBases } from '@/api/dues'
import { ApiError, chooseFile, uploadFile, type PickedFile } from '@/api/transport'
import { tellWxFailure } from '@/utils/wxFailure'

/** Base sheets are small; this only stops obvious mistakes (a photo, an archive). */
const MAX_BYTES = 2 * 1024 * 1024

/**
 * 党费基数导入 (admin): pick the XLSX → upload → import. The cloud checks
 * every row first: any wrong row comes back with its row number and nothing
 * is imported; a clean file is imported whole.
 */
export function useBaseImport() {
  const [file, setFile] = useState<PickedFile>()
  const [running, setRunning] = useState(false)
  const [result, setResult] = useState<BaseImportResult>()
  /** Why the file could not be read; stays until another file is picked. */
  const [failure, setFailure] = useState<string>()

  const upload = async (picked: PickedFile) => {
    setRunning(true)
    try {
      const fileID = await uploadFile(picked.path, 'dues-imports', picked.name)
      setResult(await importBases(fileID, { silent: true }))
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : '上传失败，请重试')
    } finally {
      setRunning(false)
    }
  }

  const pick = async () => {
    const picked = await chooseFile(['xlsx']).catch(async (error) => {
      await tellWxFailure(error, 'files')
      return null
    })
    if (!picked) return
    setFile(picked)
    setResult(undefined)
    setFailure(undefined)
    if (!/\.xlsx$/i.test(picked.name)) setFailure('基数表只支持 .xlsx 文件')
    else if (picked.size > MAX_BYTES) setFailure('文件超过 2 MB，请检查是否选错文件')
    else await upload(picked)
  }

  return { file, running, result, failure, pick }
}
