/**
 * Issue 14 §2, generated over the contract: for every action whose payload
 * carries a record id, another branch's people (第二支部's secretary and a
 * plain member) sending 第一支部's REAL ids get exactly the answer they get
 * for a MISSING id — same code, same message — and nothing is written. So no
 * refusal tells another branch that an id exists.
 */
import { contract, type Envelope, type FunctionName } from '../../cloudfunctions/common/contract'
import { demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'
import { accessMatrix, type Row } from './accessMatrix'
import { loadFixture, type Fixture } from './fixture'

/** Record ids, and an id of the same shape that names no record. */
const MISSING_IDS: Record<string, unknown> = {
  eventId: 'missing-event',
  memberId: 'm999',
  entryId: 'study:missing-material:m999',
  claimId: 'missing-claim',
  materialId: 'missing-material',
  noticeId: 'missing-notice',
  fileID: 'local://0000000000000000000000000000000000000000.csv',
  fileIDs: ['local://0000000000000000000000000000000000000000.csv'],
  unitId: 'missing-unit',
  parentId: 'missing-unit',
  unitIds: ['missing-unit'],
  reviewId: 'missing-review',
  objectionId: 'missing-objection',
  rateeId: 'm999',
  withId: 'm999',
  ownerId: 'm999',
  rectificationId: 'missing-rectification',
  baseId: 'missing-base',
  paymentId: 'missing-payment',
  reliefId: 'missing-relief',
  memberIds: ['m999'],
  personId: 'missing-person',
  talkerId: 'm999',
}

/**
 * Id-like fields that are not secret: every member lists the branches and their groups
 * (listBranches); a request id and template ids are the caller's own choice.
 */
const PUBLIC_ID_FIELDS = ['branchId', 'groupId', 'requestId', 'templateIds']

const OTHER_BRANCH = ['otherSecretary', 'otherMember'] as const

const functionNames = Object.keys(contract) as FunctionName[]
const rowsOf = (fn: FunctionName) => Object.entries(accessMatrix[fn] as Record<string, Row<unknown>>)
const idFields = (sample: object) => Object.keys(sample).filter((key) => /(Id|ID|Ids|IDs)$/.test(key))

describe('another branch’s real ids answer exactly like missing ones', () => {
  let t: TestCloud
  let fixture: Fixture

  beforeAll(async () => {
    t = await startTestCloud()
    fixture = await loadFixture(t, new Date())
  })
  afterAll(() => t.cloud.close())

  it('every id field of every sample payload is either a record id checked here or a public one', () => {
    const unclassified = functionNames.flatMap((fn) =>
      rowsOf(fn).flatMap(([action, row]) =>
        idFields(row.payload(fixture) as object)
          .filter((field) => !(field in MISSING_IDS) && !PUBLIC_ID_FIELDS.includes(field))
          .map((field) => `${fn}.${action}.${field}`),
      ),
    )
    expect(unclassified).toEqual([])
  })

  it.each(functionNames)('%s', async (fn) => {
    const before = JSON.stringify(t.cloud.database.dump())
    const leaks: string[] = []
    const checked: string[] = []
    for (const [action, row] of rowsOf(fn)) {
      const sample = row.payload(fixture) as Record<string, unknown>
      for (const field of idFields(sample).filter((name) => name in MISSING_IDS)) {
        for (const who of OTHER_BRANCH) {
          const call = (payload: unknown) => t.raw(demoIdentities[who], fn, { action, payload })
          const real: Envelope<unknown> = await call(sample)
          const absent: Envelope<unknown> = await call({ ...sample, [field]: MISSING_IDS[field] })
          checked.push(`${action}.${field}`)
          if (absent.ok || ['INVALID_INPUT', 'INTERNAL'].includes(absent.code))
            leaks.push(
              `${action}.${field} as ${who}: the missing id was not answered as missing (${JSON.stringify(absent)})`,
            )
          else if (JSON.stringify(real) !== JSON.stringify(absent))
            leaks.push(`${action}.${field} as ${who}: real ${JSON.stringify(real)} ≠ missing ${JSON.stringify(absent)}`)
        }
      }
    }
    expect(leaks).toEqual([])
    expect(JSON.stringify(t.cloud.database.dump())).toBe(before)
    if (fn !== 'stats') expect(checked.length).toBeGreaterThan(0)
  })
})
