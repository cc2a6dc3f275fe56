/**
 * Sizes (issue 8, part 3): the weapp main package and each subpackage against
 * WeChat's 2 MB limit, and each deployable function's bundle with its cold
 * `require` time. The weapp is built into its own folder so parallel builds
 * of other work are not disturbed; functions are built as `npm run
 * build:functions` builds them.
 */
import { execFileSync } from 'node:child_process'
import { join, relative } from 'node:path'
import { buildFunction, FUNCTIONS_OUT, functionNames } from '../scripts/build-functions'
import { ROOT } from '../scripts/h5Build'
import { packageSizes, type PackageSize } from '../scripts/weapp/files'

export const PACKAGE_LIMIT = 2 * 1024 * 1024

export interface FunctionSize {
  name: string
  bytes: number
  /** Median of three fresh processes: require() of the bundle, wx-server-sdk included. */
  coldRequireMs: number
}

export interface SizeFigures {
  mainPackage: PackageSize
  subpackages: PackageSize[]
  functions: FunctionSize[]
  /** The same measure for `require('wx-server-sdk')` alone: the floor every function's cold start pays. */
  sdkColdRequireMs: number
}

const buildWeapp = (outDir: string): void => {
  execFileSync(join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: relative(ROOT, outDir) },
    stdio: 'ignore',
  })
}

const coldRequire = (file: string): number => {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(file)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`
  const runs = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['-e', script], { cwd: ROOT }).toString()))
  return Math.round(runs.sort((a, b) => a - b)[1] * 10) / 10
}

export const runSizes = async (
  workDir: string,
  log: (line: string) => void = () => undefined,
): Promise<SizeFigures> => {
  const weappDir = join(workDir, 'weapp')
  buildWeapp(weappDir)
  const packages = packageSizes(weappDir)
  log(`weapp main package ${packages.mainPackage.bytes} bytes`)
  const functions: FunctionSize[] = []
  for (const name of functionNames()) {
    const { bytes } = await buildFunction(name)
    functions.push({ name, bytes, coldRequireMs: coldRequire(join(FUNCTIONS_OUT, name, 'index.js')) })
  }
  return { ...packages, functions, sdkColdRequireMs: coldRequire(require.resolve('wx-server-sdk')) }
}

if (process.argv[1] && /bench[\\/]sizes\.ts$/.test(process.argv[1])) {
  runSizes(join(__dirname, '.work'), (line) => console.info(line)).then((figures) =>
    console.info(JSON.stringify(figures, null, 2)),
  )
}
