import type { BaseImportResult, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import { duesBaseId, type DuesBaseDoc } from '../../common/db/models/dues'
import type { MemberDoc } from '../../common/db/models/members'
import { downloadFile } from '../../common/files'
import type { Context } from '../../common/handler'
import { readBaseSheet } from '../imports/readSheet'
import { validateBases, type BaseLine, type LineError } from '../imports/validateBases'
import { livePayments } from '../rules/ledger'
import { paymentsOf } from '../store'

const membersByPhone = async (db: Context['db'], phones: string[]): Promise<Map<string, MemberDoc>> => {
  const _ = db.command
  const pages = await Promise.all(
    Array.from({ length: Math.ceil(phones.length / 500) }, (__, index) =>
      db
        .collection<MemberDoc>(collections.members.name)
        .where({ phone: _.in(phones.slice(index * 500, index * 500 + 500)), status: 'active' })
        .limit(1000)
        .get(),
    ),
  )
  return new Map(pages.flatMap((page) => page.data).map((member) => [member.phone, member]))
}

/** A line whose month the member has already paid would rewrite history: refused like any bad line. */
const paidMonthErrors = async (db: Context['db'], lines: BaseLine[]): Promise<LineError[]> => {
  const live = [...livePayments(await paymentsOf(db, [...new Set(lines.map((line) => line.member._id))])).values()]
  return lines
    .filter((line) => live.some((paid) => paid.memberId === line.member._id && paid.month >= line.fromMonth))
    .map((line) => ({ row: line.line, message: '该党员此月起已有缴费记录，基数只能从未缴的月份起适用' }))
}

/**
 * The admin imports confirmed bases from the XLSX template: every line is
 * checked first; any bad line is reported (with its row) and nothing is
 * imported; a clean file is written in one transaction.
 */
export const importBases = async (
  context: Context,
  { fileID }: ParsedInputOf<typeof duesContract.importBases>,
): Promise<BaseImportResult> => {
  const { db, caller, now } = context
  const rows = await readBaseSheet(await downloadFile(context, fileID))
  const byPhone = await membersByPhone(db, [...new Set(rows.map((row) => row.cells[1]))])
  const { lines, errors } = validateBases(rows, byPhone)
  const all = [...errors, ...(await paidMonthErrors(db, lines))].sort((a, b) => a.row - b.row)
  if (all.length) return { imported: 0, errors: all }
  const docs: DuesBaseDoc[] = lines.map((line) => ({
    _id: duesBaseId(line.member._id, line.fromMonth),
    memberId: line.member._id,
    branchId: line.member.branchId,
    category: line.category,
    fromMonth: line.fromMonth,
    payFen: line.payFen,
    insuranceFen: line.insuranceFen,
    status: 'confirmed',
    declaredBy: caller.member._id,
    declaredAt: now,
    confirmedBy: caller.member._id,
    confirmedAt: now,
  }))
  await db.runTransaction(async (tx) => {
    await Promise.all(
      docs.map(({ _id, ...fields }) => tx.collection(collections.duesBases.name).doc(_id).set({ data: fields })),
    )
  })
  return { imported: docs.length, errors: [] }
}
