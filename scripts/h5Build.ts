import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '..')
/** Where the h5 app is built; `TARO_OUTPUT_ROOT` lets several builds live side by side. */
export const h5OutputRoot = (): string => resolve(ROOT, process.env.TARO_OUTPUT_ROOT ?? 'dist/h5')

const newestMtime = (path: string): number => {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs)
}

const SOURCES = [
  'src',
  'config',
  'babel.config.js',
  'package.json',
  'cloudfunctions/common/contract',
  'cloudfunctions/common/periods.ts',
  'cloudfunctions/dues/rules/amount.ts',
]

/** True when the h5 build is missing or older than any source it is built from. */
export const h5IsStale = (outputRoot = h5OutputRoot()): boolean => {
  const built = newestMtime(join(outputRoot, 'index.html'))
  return built === 0 || SOURCES.some((source) => newestMtime(join(ROOT, source)) > built)
}

/** Builds the h5 app when it is missing or stale; returns its folder. */
export const ensureH5Build = (outputRoot = h5OutputRoot()): string => {
  if (!h5IsStale(outputRoot)) return outputRoot
  console.info(`Building the h5 app into ${outputRoot} ...`)
  const result = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: outputRoot },
  })
  if (result.status !== 0) throw new Error('h5 build failed')
  return outputRoot
}
