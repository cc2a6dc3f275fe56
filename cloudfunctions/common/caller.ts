import type { Role } from './contract'
import { collections } from './db/collections'
import type { MemberDoc } from './db/models/members'
import type { Database } from './db/database'

/** Who is calling: the WeChat user and, once bound, their roster entry. */
export interface Caller {
  openid: string
  member: MemberDoc | null
}

export interface BoundCaller extends Caller {
  member: MemberDoc
}

/** One request: the member bound to this OPENID, if any. */
export const resolveCaller = async (db: Database, openid: string): Promise<Caller> => {
  const { data } = await db.collection<MemberDoc>(collections.members.name).where({ openid }).limit(1).get()
  const member = data[0] ?? null
  return { openid, member }
}

export const hasRole = (member: MemberDoc, role: Role): boolean => member.roles.includes(role)

export const hasAnyRole = (member: MemberDoc, roles: readonly Role[]): boolean =>
  roles.some((role) => member.roles.includes(role))
