/**
 * Function-level test harness: the real cloud functions on a fresh in-memory
 * local cloud with the demo organisation, called as a given WeChat user. The
 * demo data is seeded once per clock and options in a test file and each cloud
 * starts from its own copy of it (seedCache.ts).
 */
import type { ActionName, Envelope, FunctionName, Payload, Result } from '../../cloudfunctions/common/contract'
import { resolveCaller } from '../../cloudfunctions/common/caller'
import { acceptUpload, recordFile } from '../../cloudfunctions/common/fileAccess'
import { openDatabase } from '../../cloudfunctions/common/handler'
import type { Database } from '../../cloudfunctions/common/db/database'
import { startLocalCloud, type LocalCloud } from '../../local/runtime'
import { seedDemo } from '../../local/seed'
import { seededImage, type Seed } from './seedCache'

export { demoIdentities, demoOpenid } from '../../local/seed/organisation'

export interface TestCloud {
  cloud: LocalCloud
  /** The same wx-server-sdk database the functions use, for arranging and asserting. */
  db: Database
  /** Calls `fn`'s `action` as `openid` and returns the envelope. */
  call<F extends FunctionName, A extends ActionName<F>>(
    openid: string,
    fn: F,
    action: A,
    payload: Payload<F, A>,
  ): Promise<Envelope<Result<F, A>>>
  /** Like `call`, but fails the test unless the envelope is ok, and returns its data. */
  ok<F extends FunctionName, A extends ActionName<F>>(
    openid: string,
    fn: F,
    action: A,
    payload: Payload<F, A>,
  ): Promise<Result<F, A>>
  /** Sends any event at all (hostile input tests). */
  raw(openid: string, fn: string, event: unknown): Promise<Envelope<unknown>>
  /** Uploads a file as `openid`, under the same rule as the host's `POST /api/files`; resolves its fileID. */
  upload(openid: string, content: Buffer, name: string): Promise<string>
}

const uploadAs = async (cloud: LocalCloud, db: Database, openid: string, content: Buffer, name: string) => {
  const caller = await resolveCaller(db, openid)
  const type = acceptUpload(caller, name, content)
  const fileID = cloud.files.save(content, name)
  await recordFile(db, { fileID, ownerId: caller.member?._id ?? '', name, type, size: content.length, now: new Date() })
  return fileID
}

const cloudOn = (image: Buffer | undefined): TestCloud => {
  const cloud = startLocalCloud({ image })
  const db = openDatabase()
  const call = ((openid: string, fn: string, action: string, payload: unknown) =>
    cloud.call(fn, { action, payload }, openid)) as TestCloud['call']
  return {
    cloud,
    db,
    call,
    ok: (async (openid: string, fn: FunctionName, action: never, payload: never) => {
      const envelope = await call(openid, fn, action, payload)
      if (!envelope.ok) throw new Error(`${fn}.${String(action)} failed: ${envelope.code} ${envelope.message}`)
      return envelope.data
    }) as TestCloud['ok'],
    raw: (openid, fn, event) => cloud.call(fn, event, openid),
    upload: (openid, content, name) => uploadAs(cloud, db, openid, content, name),
  }
}

/** A fresh cloud holding exactly what `seed(db, ...args)` writes (seeded once per file for these arguments). */
export const startSeededCloud = async <A extends unknown[]>(seed: Seed<A>, ...args: A): Promise<TestCloud> =>
  cloudOn(await seededImage(seed, ...args))

/** A fresh cloud: empty, or (`seed`) the demo organisation and its data as seeded at `now`. */
export const startTestCloud = async ({
  seed = true,
  now = new Date(),
  history = false,
  group = undefined as boolean | undefined,
} = {}): Promise<TestCloud> => (seed ? startSeededCloud(seedDemo, now, { history, group }) : cloudOn(undefined))

/**
 * Starts a fresh cloud (`start`) before each test of the file and returns a stand-in that always
 * speaks to the current one. Call it at the top level of a test file: `const t = cloudPerTest()`.
 * By default each test gets a copy of the demo seeded once, at the clock of the file's first test
 * (the fake clock if one is set by then): the data was seeded a moment before the test, not at its
 * very millisecond.
 */
export const cloudPerTest = (start?: () => Promise<TestCloud>): TestCloud => {
  let seededAt: Date | undefined
  const startCloud = start ?? (() => startTestCloud({ now: (seededAt ??= new Date()) }))
  let current: TestCloud | undefined
  const active = (): TestCloud => {
    if (!current) throw new Error('the test cloud exists only inside a test (beforeEach has not run)')
    return current
  }
  beforeEach(async () => {
    current = await startCloud()
  })
  return {
    get cloud() {
      return active().cloud
    },
    get db() {
      return active().db
    },
    call: ((...args: Parameters<TestCloud['call']>) => active().call(...args)) as TestCloud['call'],
    ok: ((...args: Parameters<TestCloud['ok']>) => active().ok(...args)) as TestCloud['ok'],
    raw: (openid, fn, event) => active().raw(openid, fn, event),
    upload: (openid, content, name) => active().upload(openid, content, name),
  }
}
