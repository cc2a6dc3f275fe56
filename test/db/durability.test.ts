/**
 * Durability: a child process writing a burst is killed with SIGKILL; after
 * reopening the store every acknowledged write is present and no
 * transaction is half-applied. Also: a clean restart restores everything.
 * The child runs as `node --import tsx` (not the tsx CLI) so SIGKILL hits the
 * writing process itself, not a wrapper.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLocalDatabase } from '../../local/db'
import { durabilitySpecs } from './durability.specs'

const dirs: string[] = []
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'localdb-'))
  dirs.push(d)
  return d
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function runAndKill(dir: string, acksWanted: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'durability.child.ts'), dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const acks: string[] = []
    let buffer = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) if (line.startsWith('ack ')) acks.push(line.slice(4))
      if (acks.length >= acksWanted && !child.killed) child.kill('SIGKILL')
    })
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acks) : reject(new Error(`child exited without being killed`)),
    )
  })
}

test('every acknowledged write survives kill -9 and no transaction is half-applied', async () => {
  const dir = tempDir()
  const acks = await runAndKill(dir, 300)
  const db = openLocalDatabase({ dir, collections: durabilitySpecs })
  const ids = new Set(db.dump().log.map((d) => (d as { _id: string })._id))
  for (const ack of acks) {
    if (ack.startsWith('tx')) {
      expect(ids.has(`t${ack.slice(2)}a`) && ids.has(`t${ack.slice(2)}b`)).toBe(true)
    } else expect(ids.has(ack)).toBe(true)
  }
  for (const id of ids)
    if (id.startsWith('t')) expect(ids.has(id.replace(/[ab]$/, (c) => (c === 'a' ? 'b' : 'a')))).toBe(true)
  db.close()
}, 60_000)

test('a restart restores documents and indexes', async () => {
  const dir = tempDir()
  const first = openLocalDatabase({ dir, collections: durabilitySpecs })
  await first.execute('database.insertDocument', {
    collectionName: 'log',
    data: ['{"_id":"a","i":1}', '{"_id":"b","i":2}'],
  })
  first.close()
  const second = openLocalDatabase({ dir, collections: durabilitySpecs })
  expect(second.dump()).toEqual({
    log: [
      { _id: 'a', i: 1 },
      { _id: 'b', i: 2 },
    ],
  })
  await second.execute('database.getDocument', { collectionName: 'log', query: '{"i":2}', limit: 10 })
  expect(second.counters().scanned).toBe(1)
  second.close()
})
