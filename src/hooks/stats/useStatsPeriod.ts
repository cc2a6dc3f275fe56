import { useMemo, useState } from 'react'
import type { PeriodKind } from '@contract'
import { periodOptions, type PeriodOption } from '@/utils/stats'

/** The period a statistics page shows: a kind (月度 / 季度 / 年度) and one of its recent periods. */
export function useStatsPeriod(initial?: { kind?: PeriodKind; key?: string }) {
  const [kind, setKindState] = useState<PeriodKind>(initial?.kind ?? 'month')
  const options = useMemo(() => periodOptions(kind), [kind])
  const [key, setKey] = useState<string>(initial?.key ?? options[0].key)
  const selected: PeriodOption = options.find((option) => option.key === key) ?? options[0]
  const setKind = (next: PeriodKind) => {
    setKindState(next)
    setKey(periodOptions(next)[0].key)
  }
  return { kind, setKind, options, selected, setKey, period: { kind: selected.kind, key: selected.key } }
}
