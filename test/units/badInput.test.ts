/** Each bad-input rule of the units admin: a stable code, a Chinese message, nothing written. */
import type { ActionName, Payload } from '../../cloudfunctions/common/contract'
import { cloudPerTest, demoIdentities } from '../helpers/testCloud'
import { growTree, subAdmin, type Tree } from './helpers'

const t = cloudPerTest()
const admin = demoIdentities.admin

const refused = async <A extends ActionName<'members'>>(
  openid: string,
  action: A,
  payload: Payload<'members', A>,
  code: string,
) => {
  const before = JSON.stringify(t.cloud.database.dump())
  const answer = await t.call(openid, 'members', action, payload)
  expect(answer).toMatchObject({ ok: false, code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
  expect(JSON.stringify(t.cloud.database.dump())).toBe(before)
  return answer
}

describe('units admin refuses bad input and writes nothing', () => {
  let tree: Tree
  beforeEach(async () => {
    tree = await growTree(t)
  })

  it('a unit moved under itself or its own descendant (a cycle)', async () => {
    await refused(admin, 'moveUnit', { unitId: tree.sub, parentId: tree.sub }, 'UNIT_MOVE_CYCLE')
    await refused(admin, 'moveUnit', { unitId: tree.sub, parentId: tree.general }, 'UNIT_MOVE_CYCLE')
    await refused(admin, 'moveUnit', { unitId: 'org', parentId: tree.general }, 'UNIT_ROOT_FIXED')
  })

  it('a unit under a branch', async () => {
    await refused(admin, 'moveUnit', { unitId: tree.general, parentId: 'b1' }, 'UNIT_PARENT_INVALID')
    await refused(admin, 'createUnit', { parentId: 'b1', kind: 'branch', name: '第一支部分支' }, 'UNIT_PARENT_INVALID')
  })

  it('a branch deleted with members, a unit with units below it, the root', async () => {
    await refused(admin, 'deleteUnit', { unitId: 'b1' }, 'UNIT_HAS_MEMBERS')
    await refused(admin, 'deleteUnit', { unitId: tree.general }, 'UNIT_HAS_CHILDREN')
    await refused(admin, 'deleteUnit', { unitId: 'org' }, 'UNIT_ROOT_FIXED')
  })

  it('a name its siblings already use, on create, rename and move', async () => {
    await refused(admin, 'createUnit', { parentId: 'org', kind: 'branch', name: '第一支部' }, 'UNIT_NAME_TAKEN')
    await refused(admin, 'renameUnit', { unitId: 'b4', name: '第一支部' }, 'UNIT_NAME_TAKEN')
    await t.ok(admin, 'members', 'createUnit', { parentId: tree.sub, kind: 'branch', name: '第一支部' })
    await refused(admin, 'moveUnit', { unitId: 'b1', parentId: tree.sub }, 'UNIT_NAME_TAKEN')
  })

  it('an order that is not every child exactly once', async () => {
    await refused(admin, 'reorderUnits', { parentId: 'org', unitIds: ['b1', 'b4'] }, 'UNIT_ORDER_INVALID')
    await refused(
      admin,
      'reorderUnits',
      { parentId: 'org', unitIds: ['b1', 'b4', tree.sub, 'b1'] },
      'UNIT_ORDER_INVALID',
    )
    await refused(admin, 'reorderUnits', { parentId: 'org', unitIds: ['b1', 'b4', 'b2'] }, 'UNIT_ORDER_INVALID')
  })

  it('a secretary granted on a branch (set in the roster instead)', async () => {
    await refused(admin, 'grantRole', { unitId: 'b1', memberId: 'm006', role: 'secretary' }, 'UNIT_GRANT_INVALID')
  })

  it('an admin acting outside their subtree is answered exactly like a missing id', async () => {
    const cases = [
      ['renameUnit', { unitId: 'b1', name: '改名' }, { unitId: 'missing', name: '改名' }],
      ['moveUnit', { unitId: 'b2', parentId: 'org' }, { unitId: 'b2', parentId: 'missing' }],
      ['moveUnit', { unitId: 'b1', parentId: tree.sub }, { unitId: 'missing', parentId: tree.sub }],
      ['deleteUnit', { unitId: 'b4' }, { unitId: 'missing' }],
      [
        'createUnit',
        { parentId: 'org', kind: 'branch', name: '新支部' },
        { parentId: 'missing', kind: 'branch', name: '新支部' },
      ],
      [
        'grantRole',
        { unitId: 'org', memberId: 'm022', role: 'admin' },
        { unitId: 'missing', memberId: 'm022', role: 'admin' },
      ],
      ['unitGrants', { unitId: 'org' }, { unitId: 'missing' }],
    ] as const
    for (const [action, real, absent] of cases) {
      const answer = await refused(subAdmin, action, real as never, 'UNIT_NOT_FOUND')
      expect(await t.call(subAdmin, 'members', action, absent as never)).toEqual(answer)
    }
  })

  it('an admin granting a role to a member outside their subtree gets the missing member answer', async () => {
    const real = await refused(
      subAdmin,
      'grantRole',
      { unitId: tree.sub, memberId: 'm010', role: 'leader' },
      'NOT_FOUND',
    )
    expect(
      await t.call(subAdmin, 'members', 'grantRole', { unitId: tree.sub, memberId: 'm999', role: 'leader' }),
    ).toEqual(real)
  })

  it('a subtree admin setting an organisation-wide leader or admin role', async () => {
    await refused(subAdmin, 'setRoles', { memberId: 'm024', roles: ['member', 'leader'] }, 'FORBIDDEN')
  })
})
