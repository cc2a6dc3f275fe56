import type { TrendPoint } from '@contract'
import EmptyState from '@/components/EmptyState'
import Chart from './Chart'
import { pointsLine } from './chartSpecs'

/** 人均积分 by month; a year without any points entry says so instead of drawing an empty axis. */
export default function TrendChart({ id, points }: { id: string; points: TrendPoint[] }) {
  if (points.every((point) => point.perMember === null))
    return <EmptyState title="暂无数据" description="本年度还没有积分记录" />
  return <Chart id={id} testId={id} spec={pointsLine(points)} />
}
