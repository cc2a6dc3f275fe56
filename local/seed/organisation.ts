import type { Role } from '../../cloudfunctions/common/contract'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { seedTree, UNIT_IDS, unitPathOf, type SeedBranch } from './tree'

/**
 * The demo organisation: a group (tree.ts) of 10 branches of 20 with 2 groups
 * each, 200 members; function tests seed its first 4 branches (80 members)
 * directly under the root, the single-党委 case. Every branch has a secretary
 * and 2 committee members; the leader and the admin (whole tree) belong to
 * 第一支部; in the group, the leader of 二分公司党委 belongs to 第三支部;
 * the last two plain members of each branch are unbound, so binding can be
 * tried. Deterministic: the same ids, names and dates on every machine.
 */
export const MEMBERS_PER_BRANCH = 20

const BRANCH_NAMES = [
  '第一支部',
  '第二支部',
  '第三支部',
  '第四支部',
  '第五支部',
  '第六支部',
  '第七支部',
  '第八支部',
  '集团机关党支部',
  '离退休党支部',
]

/** Branches seeded for function tests, and for the full demo group. */
export const TEST_BRANCHES = 4
export const GROUP_BRANCHES = BRANCH_NAMES.length
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢'
const GIVEN = [
  '建国',
  '海燕',
  '志强',
  '丽华',
  '伟',
  '芳',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
]

export const demoOpenid = (memberId: string) => `demo-${memberId}`

export const branchId = (index: number) => `b${index + 1}`

const allBranches: SeedBranch[] = BRANCH_NAMES.map((name, index) => ({
  _id: branchId(index),
  name,
  order: index + 1,
  groups: [
    { id: `${branchId(index)}-g1`, name: '第一党小组' },
    { id: `${branchId(index)}-g2`, name: '第二党小组' },
  ],
}))

export const demoBranches = (count: number): SeedBranch[] => allBranches.slice(0, count)

/** The member who is the branch's secretary. */
export const secretaryOf = (branchId: string): string =>
  `m${String((Number(branchId.slice(1)) - 1) * MEMBERS_PER_BRANCH + 1).padStart(3, '0')}`

/** The group's tree and its 二级党委 leader exist only beyond the function tests' four branches. */
const isGroup = (branchCount: number) => branchCount > TEST_BRANCHES

const rolesAt = (branchIndex: number, position: number, deep: boolean): Role[] => {
  if (position === 0) return ['member', 'committee', 'secretary']
  if (position <= 2) return ['member', 'committee']
  if (branchIndex === 0 && position === 3) return ['member', 'leader']
  if (branchIndex === 0 && position === 4) return ['member', 'admin']
  if (deep && branchIndex === 2 && position === 3) return ['member', 'leader']
  return ['member']
}

/** 第三支部's leader leads 二分公司党委 only; the other leader and the admin reach the whole group. */
const grantsAt = (branchIndex: number, position: number, deep: boolean): Pick<MemberDoc, 'grants'> =>
  deep && branchIndex === 2 && position === 3 ? { grants: [{ role: 'leader', unitId: UNIT_IDS.second }] } : {}

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

const demoMember = (branchIndex: number, position: number, createdAt: Date, deep: boolean): MemberDoc => {
  const serial = branchIndex * MEMBERS_PER_BRANCH + position + 1
  const _id = `m${pad(serial, 3)}`
  const unbound = position >= MEMBERS_PER_BRANCH - 2
  return {
    _id,
    name: SURNAMES[(serial * 7) % SURNAMES.length] + GIVEN[(serial * 3) % GIVEN.length],
    phone: `1380013${pad(serial, 4)}`,
    branchId: branchId(branchIndex),
    groupId: `${branchId(branchIndex)}-g${(position % 2) + 1}`,
    unitIds: unitPathOf(branchId(branchIndex), deep),
    roles: rolesAt(branchIndex, position, deep),
    ...grantsAt(branchIndex, position, deep),
    joinedOn: `${1988 + ((serial * 7) % 36)}-${pad(((serial * 5) % 12) + 1)}-${pad(((serial * 11) % 28) + 1)}`,
    status: 'active',
    openid: unbound ? null : demoOpenid(_id),
    boundAt: unbound ? null : createdAt,
    createdAt,
  }
}

export const demoMembers = (createdAt: Date, branches = TEST_BRANCHES): MemberDoc[] =>
  demoBranches(branches).flatMap((_, branchIndex) =>
    Array.from({ length: MEMBERS_PER_BRANCH }, (__, position) =>
      demoMember(branchIndex, position, createdAt, isGroup(branches)),
    ),
  )

/** The tree (its branches as units), members and bindings. */
export const seedOrganisation = async (db: Database, now: Date, branchCount = TEST_BRANCHES): Promise<MemberDoc[]> => {
  const members = demoMembers(now, branchCount)
  const branches = demoBranches(branchCount)
  await seedTree(db, now, branches, isGroup(branchCount))
  await db.collection(collections.members.name).add({ data: members })
  const bound = members.filter((member) => member.openid)
  await db
    .collection(collections.bindings.name)
    .add({ data: bound.map((member) => ({ _id: member.openid, memberId: member._id, boundAt: now })) })
  return members
}

/** Demo users by what they can do, for tests and the dev login. */
export const demoIdentities = {
  /** 第一支部 secretary (also committee). */
  secretary: demoOpenid('m001'),
  /** 第一支部 committee member. */
  committee: demoOpenid('m002'),
  leader: demoOpenid('m004'),
  admin: demoOpenid('m005'),
  /** 第一支部 plain member. */
  member: demoOpenid('m006'),
  /** Another plain member of 第一支部. */
  member2: demoOpenid('m007'),
  /** 第二支部 secretary. */
  otherSecretary: demoOpenid('m021'),
  /** 第二支部 plain member. */
  otherMember: demoOpenid('m026'),
  /** 第二支部 committee member, made leader of 二分公司党委 (which holds 第二支部) by the security fixture. */
  subLeader: demoOpenid('m022'),
  /** 第二支部 committee member, made admin of 二分公司党委 by the security fixture. */
  otherAdmin: demoOpenid('m023'),
  /** In the demo group: leader of 二分公司党委 (第三支部, 第四支部, 第七支部), a member of 第三支部. */
  groupSubLeader: demoOpenid('m044'),
  /** A WeChat user not bound to the roster. */
  unbound: 'new-unbound-user',
} as const
