import { useState } from 'react'
import Taro from '@tarojs/taro'
import { openFile } from '@/api/transport'
import { useSubmit } from '../useSubmit'

/** 立即刷新 and 导出 on a statistics page: one at a time, errors already toasted by the transport. */
export function useStatsTasks(
  recompile: () => Promise<unknown>,
  reload: () => Promise<void>,
  exporter: () => Promise<{ fileID: string; fileName: string }>,
) {
  const [what, setWhat] = useState<'refresh' | 'export'>('refresh')
  const task = useSubmit(async (which: 'refresh' | 'export') => {
    if (which === 'export') {
      const file = await exporter()
      return openFile(file.fileID, file.fileName)
    }
    await recompile()
    await reload()
    void Taro.showToast({ title: '已重新统计', icon: 'success' })
  })

  const run = (which: 'refresh' | 'export') => {
    if (task.running) return
    setWhat(which)
    return task.run(which)
  }

  return { busy: task.running ? what : null, refresh: () => run('refresh'), download: () => run('export') }
}
