/**
 * Child process for the lazy-module test: the BUILT events function
 * (dist/cloudfunctions/events/index.js) on a seeded in-memory local cloud.
 * Prints, as JSON, which vendor files were loaded after requiring the bundle
 * and after the secretary's check-in screen (qrcode) and 台账 export
 * (exceljs) ran through it.
 */
import { join } from 'node:path'
import type { Envelope } from '../../cloudfunctions/common/contract'
import { openDatabase } from '../../cloudfunctions/common/handler'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import { startLocalCloud } from '../../local/runtime'
import { runAs } from '../../local/runtime/wxContext'
import { seedDemo } from '../../local/seed'
import { demoIdentities } from '../../local/seed/organisation'

const vendorsLoaded = () =>
  Object.keys(require.cache)
    .filter((file) => file.includes(`${join('events', 'vendor')}`))
    .map((file) => file.slice(file.lastIndexOf('/') + 1))
    .sort()

async function main(bundle: string): Promise<void> {
  startLocalCloud()
  const db = openDatabase()
  await seedDemo(db, new Date(), { history: false })
  const { data } = await db
    .collection<EventDoc>('events')
    .where({ branchId: 'b1', type: 'theme_day', status: 'planned' })
    .limit(1)
    .get()
  const eventId = data[0]._id
  const { main } = (await import(bundle)) as { main: (event: unknown) => Promise<Envelope<Record<string, unknown>>> }
  const atRequire = vendorsLoaded()
  const call = (action: string) => runAs(demoIdentities.secretary, () => main({ action, payload: { eventId } }))
  // As on the local host: the screen draws a plain QR with the app's URL (qrcode), not a 小程序码.
  process.env.LOCAL_APP_URL = 'http://127.0.0.1:10086'
  const code = await call('currentCode')
  const exported = await call('exportEventLedger')
  process.stdout.write(
    JSON.stringify({
      atRequire,
      afterActions: vendorsLoaded(),
      qrImage: code.ok ? String(code.data.qrImage).slice(0, 22) : code,
      exported: exported.ok ? Object.keys(exported.data).sort() : exported,
    }),
  )
}

void main(process.argv[2])
