import type { CollectionSpec } from '../../cloudfunctions/common/db/collections'

export const durabilitySpecs: CollectionSpec[] = [{ name: 'log', indexes: [{ name: 'i', keys: { i: 1 } }] }]
