import type { Role } from '../../cloudfunctions/common/contract'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { ROOT_UNIT_ID, seedTree, type SeedBranch } from './tree'

/**
 * The demo organisation: 1 党委 (the tree's root), 4 branches of 20 with 2 groups each. Every
 * branch has a secretary and 2 committee members; the leader and the admin
 * belong to 第一支部; the last two plain members of each branch are unbound,
 * so binding can be tried. Deterministic: the same ids, names and dates on
 * every machine.
 */
export const MEMBERS_PER_BRANCH = 20

const BRANCH_NAMES = ['第一支部', '第二支部', '第三支部', '第四支部']
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

const branches: SeedBranch[] = BRANCH_NAMES.map((name, index) => ({
  _id: branchId(index),
  name,
  groups: [
    { id: `${branchId(index)}-g1`, name: '第一党小组' },
    { id: `${branchId(index)}-g2`, name: '第二党小组' },
  ],
}))

const rolesAt = (branchIndex: number, position: number): Role[] => {
  if (position === 0) return ['member', 'committee', 'secretary']
  if (position <= 2) return ['member', 'committee']
  if (branchIndex === 0 && position === 3) return ['member', 'leader']
  if (branchIndex === 0 && position === 4) return ['member', 'admin']
  return ['member']
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

const demoMember = (branchIndex: number, position: number, createdAt: Date): MemberDoc => {
  const serial = branchIndex * MEMBERS_PER_BRANCH + position + 1
  const _id = `m${pad(serial, 3)}`
  const unbound = position >= MEMBERS_PER_BRANCH - 2
  return {
    _id,
    name: SURNAMES[(serial * 7) % SURNAMES.length] + GIVEN[(serial * 3) % GIVEN.length],
    phone: `1380013${pad(serial, 4)}`,
    branchId: branchId(branchIndex),
    unitIds: [ROOT_UNIT_ID, branchId(branchIndex)],
    groupId: `${branchId(branchIndex)}-g${(position % 2) + 1}`,
    roles: rolesAt(branchIndex, position),
    joinedOn: `${1988 + ((serial * 7) % 36)}-${pad(((serial * 5) % 12) + 1)}-${pad(((serial * 11) % 28) + 1)}`,
    status: 'active',
    openid: unbound ? null : demoOpenid(_id),
    boundAt: unbound ? null : createdAt,
    createdAt,
  }
}

export const demoMembers = (createdAt: Date): MemberDoc[] =>
  branches.flatMap((_, branchIndex) =>
    Array.from({ length: MEMBERS_PER_BRANCH }, (__, position) => demoMember(branchIndex, position, createdAt)),
  )

export const seedOrganisation = async (db: Database, now: Date): Promise<MemberDoc[]> => {
  const members = demoMembers(now)
  await seedTree(db, branches, now)
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
  /** A WeChat user not bound to the roster. */
  unbound: 'new-unbound-user',
} as const
