import { useState } from 'react'
import { confirmDialog } from '@/utils/dialog'
import type { ImportRosterResult } from '@contract'
import { importRoster } from '@/api/members'
import { ApiError, chooseFile, uploadFile, type PickedFile } from '@/api/transport'
import { tellWxFailure } from '@/utils/wxFailure'

export type ImportPhase = 'idle' | 'checking' | 'checked' | 'importing' | 'imported'

const EXTENSIONS = ['csv', 'xlsx']
/** Roster files are small; this only stops obvious mistakes (a photo, an archive). */
const MAX_BYTES = 5 * 1024 * 1024

/** 名册导入: pick → upload → dry run (row errors) → confirm → import. */
export function useRosterImport() {
  const [file, setFile] = useState<PickedFile>()
  const [fileID, setFileID] = useState<string>()
  const [phase, setPhase] = useState<ImportPhase>('idle')
  const [result, setResult] = useState<ImportRosterResult>()
  /** Why the file could not be read or imported; stays on screen until another file is picked. */
  const [failure, setFailure] = useState<string>()

  const run = async (dryRun: boolean, picked: PickedFile, uploaded?: string) => {
    setPhase(dryRun ? 'checking' : 'importing')
    setFailure(undefined)
    try {
      const id = uploaded ?? (await uploadFile(picked.path, 'roster-imports', picked.name))
      setFileID(id)
      const outcome = await importRoster({ fileID: id, fileName: picked.name, dryRun }, { silent: true })
      setResult(outcome)
      setPhase(outcome.ok && !dryRun ? 'imported' : 'checked')
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : '上传失败，请重试')
      setPhase(dryRun ? 'idle' : 'checked')
    }
  }

  const pick = async () => {
    const picked = await chooseFile(EXTENSIONS).catch(async (error) => {
      await tellWxFailure(error, 'files')
      return null
    })
    if (!picked) return
    setFile(picked)
    setFileID(undefined)
    setResult(undefined)
    if (!/\.(csv|xlsx)$/i.test(picked.name)) setFailure('名册只支持 .csv 或 .xlsx 文件')
    else if (picked.size > MAX_BYTES) setFailure('文件超过 5 MB，请检查是否选错文件')
    else await run(true, picked)
  }

  const confirmImport = async () => {
    if (!file || !result?.ok) return
    const confirm = await confirmDialog({
      title: '确认导入',
      content: `将导入 ${result.imported} 条党员记录，确定继续？`,
    })
    if (confirm) await run(false, file, fileID)
  }

  return { file, phase, result, failure, pick, confirmImport }
}
