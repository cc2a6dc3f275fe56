import { useDidShow } from '@tarojs/taro'
import { getRules, listMaterials, myPoints } from '@/api/points'
import { useRequest } from '@/hooks/useRequest'

/** 学习 tab: my points and the materials, refreshed whenever the tab shows (e.g. back from a study), and the rules. */
export function useStudyHome(ready: boolean) {
  const points = useRequest(() => myPoints({ silent: true }), [], { ready, pullDownRefresh: true })
  const materials = useRequest(() => listMaterials({ silent: true }), [], { ready, pullDownRefresh: true })
  const rules = useRequest(() => getRules({ silent: true }), [], { ready })
  useDidShow(() => {
    if (!ready) return
    void points.reload()
    void materials.reload()
  })
  return { points, materials, rules }
}
