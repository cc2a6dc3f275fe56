import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

const NAMES = ['chromium', 'chromium-browser', 'google-chrome']

export const CHROMIUM_MISSING =
  'Chromium not found (CHROMIUM_PATH, or chromium / chromium-browser / google-chrome on the PATH): install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH=/path/to/chrome.'

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The browser the browser suites drive: CHROMIUM_PATH when set, else the first usual name on the PATH. */
export const findChromium = (env: NodeJS.ProcessEnv = process.env): string | null => {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean)
  for (const name of NAMES) {
    const found = dirs.map((dir) => join(dir, name)).find(executable)
    if (found) return found
  }
  return null
}
