import { useState } from 'react'
import Taro from '@tarojs/taro'
import { openFile } from '@/api/transport'

/** 立即刷新 and 导出 on a statistics page: one at a time, errors already toasted by the transport. */
export function useStatsTasks(
  recompile: () => Promise<unknown>,
  reload: () => Promise<void>,
  exporter: () => Promise<{ fileID: string; fileName: string }>,
) {
  const [busy, setBusy] = useState<'refresh' | 'export' | null>(null)

  const run = async (what: 'refresh' | 'export', task: () => Promise<void>) => {
    setBusy(what)
    try {
      await task()
    } catch {
      // The transport has already shown the error.
    } finally {
      setBusy(null)
    }
  }

  const refresh = () =>
    run('refresh', async () => {
      await recompile()
      await reload()
      void Taro.showToast({ title: '已重新统计', icon: 'success' })
    })

  const download = () =>
    run('export', async () => {
      const file = await exporter()
      await openFile(file.fileID, file.fileName)
    })

  return { busy, refresh, download }
}
