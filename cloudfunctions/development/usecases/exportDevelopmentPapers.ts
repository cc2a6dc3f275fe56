import type { DevelopmentPapers } from '../../common/contract/development'
import { findBranch, memberNames } from '../../common/db/members'
import { saveExport } from '../../common/files'
import type { Context } from '../../common/handler'
import { safeFileName } from '../../common/xlsx'
import { papersOf, type PaperContext } from '../papers/papers'
import { paperDocx, zipOf } from '../papers/render'
import { timelineXlsx } from '../papers/timeline'
import { namedMembers } from '../rules/file'
import { keptFile } from '../store'

/**
 * The secretary exports a person's file (一人一档) as one .zip: each paper
 * its steps support (考察登记, 公示, 支部大会决议) as .docx, and the whole
 * record as a sheet — all written from the recorded dates and names.
 */
export const exportDevelopmentPapers = async (
  ctx: Context,
  input: { personId: string },
): Promise<DevelopmentPapers> => {
  const { db, caller } = ctx
  const file = await keptFile(db, caller.member, input.personId)
  const [names, branch] = await Promise.all([
    memberNames(
      db,
      file.steps.flatMap((step) => [step.byId, ...namedMembers(step.fields)]),
    ),
    findBranch(db, file.person.branchId),
  ])
  const paperContext: PaperContext = { file, branchName: branch?.name ?? '', names }
  const papers = papersOf(paperContext)
  const files = await Promise.all([
    ...papers.map(async (paper) => ({ name: `${paper.name}.docx`, content: await paperDocx(paper) })),
    timelineXlsx(paperContext, file.steps).then((content) => ({ name: '发展档案记录.xlsx', content })),
  ])
  const fileName = safeFileName(`${file.person.name}-入党档案.zip`)
  const fileID = await saveExport(ctx, `development/${file.person._id}-${ctx.now.getTime()}.zip`, await zipOf(files))
  return { fileID, fileName, papers: files.map((entry) => entry.name) }
}
