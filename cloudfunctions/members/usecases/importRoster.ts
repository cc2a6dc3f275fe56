import type { ImportRosterResult } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import type { MemberDoc } from '../../common/db/models/members'
import { downloadFile } from '../../common/files'
import { parseRoster } from '../roster/parseRoster'
import { validateRoster } from '../roster/validateRoster'
import { branchNames } from '../roster/unitPaths'
import { isBranchUnit, type UnitDoc } from '../../common/db/models/units'
import { administers } from '../../common/rules/access'

const existingPhones = async (db: Database, phones: string[]): Promise<Set<string>> => {
  const found = new Set<string>()
  const _ = db.command
  for (let start = 0; start < phones.length; start += 500) {
    const { data } = await db
      .collection<MemberDoc>(collections.members.name)
      .where({ phone: _.in(phones.slice(start, start + 500)) })
      .field({ phone: true })
      .limit(1000)
      .get()
    data.forEach((member) => found.add(member.phone))
  }
  return found
}

/** The units whose names make paths: all of them, with branches only where the admin reaches (others are unknown). */
const administeredUnits = async (db: Database, admin: MemberDoc): Promise<UnitDoc[]> => {
  const { data } = await db.collection<UnitDoc>(collections.units.name).limit(1000).get()
  return data.filter((unit) => !isBranchUnit(unit) || administers(admin, unit))
}

/**
 * Imports every row of a clean roster file in one transaction, or reports
 * each bad row and imports nothing. A row names its branch by unit path
 * (「二分公司党委/第三支部」); a path outside the admin's subtree is unknown.
 */
export const importRoster = async (
  context: Context,
  input: { fileID: string; fileName: string; dryRun?: boolean },
): Promise<ImportRosterResult> => {
  const { db, now } = context
  const rows = await parseRoster(await downloadFile(context, input.fileID), input.fileName)
  const phones = rows.map((row) => row.cells[1] ?? '').filter(Boolean)
  const [units, phonesTaken] = await Promise.all([
    administeredUnits(db, context.caller.member),
    existingPhones(db, phones),
  ])
  const ctx = { branches: branchNames(units), existingPhones: phonesTaken, now }
  const { members, errors } = validateRoster(rows, ctx)
  if (errors.length) return { ok: false, errors }
  if (input.dryRun) return { ok: true, imported: members.length, dryRun: true }
  await db.runTransaction(async (tx) => {
    for (const member of members)
      await tx.collection(collections.members.name).add({ data: { ...member, createdAt: now } })
  })
  return { ok: true, imported: members.length, dryRun: false }
}
