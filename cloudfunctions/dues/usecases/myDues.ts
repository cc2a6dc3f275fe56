import type { MyDues } from '../../common/contract/dues'
import type { Context } from '../../common/handler'
import { periodKey } from '../../common/periods'
import { inForce } from '../rules/obligation'
import { standingOf } from '../standing'
import { loadDuesData } from '../store'
import { baseView, paymentView } from '../views'

/** 本月应缴, the unpaid months (with the base and rate they came from), the bases and the payment history. */
export const myDues = async ({ db, caller, now }: Context): Promise<MyDues> => {
  const { member } = caller
  const data = await loadDuesData(db, [member._id])
  const current = periodKey('month', now)
  const standing = standingOf(member, data, current)
  const confirmed = inForce(
    data.bases.filter((base) => base.status === 'confirmed'),
    current,
  )
  const newest = [...data.bases].sort((a, b) => b.declaredAt.getTime() - a.declaredAt.getTime())[0]
  const pending = newest && newest.status !== 'confirmed' ? newest : null
  const history = [...data.payments].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.month.localeCompare(a.month),
  )
  return {
    memberId: member._id,
    name: member.name,
    current: standing.view(current),
    unpaid: standing.unpaid,
    base: confirmed && baseView(confirmed, member.name),
    pendingBase: pending && baseView(pending, member.name),
    history: history.map(paymentView),
    arrearsMonths: standing.arrearsMonths,
  }
}
