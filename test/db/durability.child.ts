/**
 * Child process for the durability test: writes a burst through wx-server-sdk
 * into an on-disk store and prints "ack <id>" after each acknowledged write,
 * until it is killed.
 */
import cloud from 'wx-server-sdk'
import { openLocalDatabase, useLocalDatabase } from '../../local/db'
import { durabilitySpecs } from './durability.specs'
import type { Tx } from './fixtures'

async function main(dir: string): Promise<void> {
  useLocalDatabase(openLocalDatabase({ dir, collections: durabilitySpecs }))
  cloud.init()
  const db = cloud.database()
  for (let i = 0; ; i++) {
    if (i % 5 === 0) {
      await db.runTransaction(async (t: Tx) => {
        await t.collection('log').add({ data: { _id: `t${i}a`, i } })
        await t.collection('log').add({ data: { _id: `t${i}b`, i } })
      })
      process.stdout.write(`ack tx${i}\n`)
    } else {
      await db.collection('log').add({ data: { _id: `d${i}`, i } })
      process.stdout.write(`ack d${i}\n`)
    }
  }
}

void main(process.argv[2])
