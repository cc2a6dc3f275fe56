/**
 * Test helper: a fresh in-memory local database with every declared
 * collection, installed behind wx-server-sdk. Each call gives an isolated
 * database, so tests never see each other's data.
 */
import cloud from 'wx-server-sdk'
import { collectionList, type CollectionSpec } from '../../cloudfunctions/common/db/collections'
import { openLocalDatabase, useLocalDatabase, type LocalDatabase } from '../../local/db'

export type CloudDb = ReturnType<typeof cloud.database>

export interface FreshCloud {
  db: CloudDb
  local: LocalDatabase
}

let initialised = false

/** Opens an in-memory database (default: the project's collectionList) and routes the SDK to it. */
export function freshCloud(collections: CollectionSpec[] = collectionList): FreshCloud {
  const local = openLocalDatabase({ collections })
  useLocalDatabase(local)
  if (!initialised) {
    cloud.init()
    initialised = true
  }
  return { db: cloud.database(), local }
}
