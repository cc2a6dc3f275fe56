import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The session-signing key lives with the data, so sessions survive a restart and die with a reset. */
export const loadSessionSecret = (dataDir: string): Buffer => {
  const path = join(dataDir, 'session-secret')
  if (existsSync(path)) return readFileSync(path)
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32)
  writeFileSync(path, secret, { mode: 0o600 })
  return secret
}
