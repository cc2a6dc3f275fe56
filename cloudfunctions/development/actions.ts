import type { developmentContract } from '../common/contract/development'
import type { ActionTable } from '../common/handler'
import { addApplicant } from './usecases/addApplicant'
import { branchPipeline } from './usecases/branchPipeline'
import { developmentFile } from './usecases/developmentFile'
import { exportDevelopmentPapers } from './usecases/exportDevelopmentPapers'
import { pipelineOverview } from './usecases/pipelineOverview'
import { recordStep } from './usecases/recordStep'

/** The secretary keeps the files of their branch; the committee and the leaders above read them (store.ts). */
const readers = ['secretary', 'committee', 'leader', 'admin'] as const

export const developmentActions: ActionTable<typeof developmentContract> = {
  addApplicant: { access: ['secretary'], run: addApplicant },
  recordStep: { access: ['secretary'], run: recordStep },
  developmentFile: { access: readers, run: developmentFile },
  branchPipeline: { access: readers, run: branchPipeline },
  exportDevelopmentPapers: { access: ['secretary'], run: exportDevelopmentPapers },
  pipelineOverview: { access: ['leader', 'admin'], run: pipelineOverview },
}
