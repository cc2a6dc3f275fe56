/**
 * Every collection of the project and its indexes, declared once.
 * The local database creates and enforces these; operators create the same
 * collections and indexes in the cloud console (README "Deployment").
 * Unique indexes treat a missing field as null (as MongoDB and the cloud do),
 * so never put a unique index on an optional field: use a natural `_id` instead.
 */
export interface IndexSpec {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
}

export interface CollectionSpec {
  name: string
  indexes: IndexSpec[]
}

const declare = <T extends Record<string, CollectionSpec>>(specs: T): T => specs

export const collections = declare({
  branches: { name: 'branches', indexes: [] },
  members: {
    name: 'members',
    indexes: [
      { name: 'branch_status', keys: { branchId: 1, status: 1 } },
      { name: 'phone', keys: { phone: 1 } },
      { name: 'openid', keys: { openid: 1 } },
    ],
  },
  bindings: { name: 'bindings', indexes: [{ name: 'member', keys: { memberId: 1 } }] },
  bindAttempts: { name: 'bindAttempts', indexes: [] },
  invites: { name: 'invites', indexes: [{ name: 'member', keys: { memberId: 1 } }] },
  memberHistory: { name: 'memberHistory', indexes: [{ name: 'member_at', keys: { memberId: 1, at: -1 } }] },
  /** Local mode only: subscribe messages the local openapi "sent". */
  outbox: { name: 'outbox', indexes: [{ name: 'touser', keys: { touser: 1 } }] },
})

export type CollectionKey = keyof typeof collections
export const collectionList: CollectionSpec[] = Object.values(collections)
