/**
 * `npm run check:weapp`: builds the mini-program into a scratch folder and checks
 * what WeChat would refuse or what would break on a phone — privacy declarations,
 * WXSS WeChat cannot compile, non-ES5 scripts, the declared minimum base library,
 * package sizes. `--dir <built folder>` checks an existing build instead.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ROOT } from './h5Build'
import { packageSizes, readSources } from './weapp/files'
import { checkPrivacy } from './weapp/privacy'
import { checkEs5, checkLibVersion, checkSizes } from './weapp/runtime'
import { checkWxss } from './weapp/wxss'

const SCRATCH = join(ROOT, 'dist/.check-weapp')
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const build = (outDir: string): void => {
  rmSync(outDir, { recursive: true, force: true })
  const result = spawnSync(join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: outDir },
  })
  if (result.status !== 0) throw new Error('weapp build failed')
}

export const checkWeapp = (outDir: string): { report: string[]; problems: string[] } => {
  const sources = readSources(join(ROOT, 'src'), ['.ts', '.tsx'])
  const appJson = JSON.parse(readFileSync(join(outDir, 'app.json'), 'utf8'))
  const project = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8')) as { libVersion?: string }
  const privacy = checkPrivacy(sources, appJson, readFileSync(join(ROOT, 'README.md'), 'utf8'))
  const wxss = checkWxss(readSources(outDir, ['.wxss']))
  const scripts = readSources(outDir, ['.js'])
  const es5 = checkEs5(scripts)
  const lib = checkLibVersion(sources, project.libVersion)
  const sizes = packageSizes(outDir)
  const size = checkSizes(sizes)
  const report = [
    `privacy APIs used: ${privacy.used.join(', ') || 'none'}`,
    `WXSS files: ${readSources(outDir, ['.wxss']).length}; scripts parsed as ES5: ${scripts.length}`,
    `base library: the sources need ≥ ${lib.needed}, project.config.json libVersion ${project.libVersion ?? 'missing'}`,
    `sizes: main ${kb(sizes.mainPackage.bytes)}; ${sizes.subpackages.map((sub) => `${sub.name} ${kb(sub.bytes)}`).join('; ')}`,
  ]
  return { report, problems: [...privacy.problems, ...wxss, ...es5, ...lib.problems, ...size] }
}

if (require.main === module) {
  const dirFlag = process.argv.indexOf('--dir')
  const outDir = dirFlag > 0 ? resolve(process.argv[dirFlag + 1]) : SCRATCH
  if (dirFlag < 0) build(outDir)
  const { report, problems } = checkWeapp(outDir)
  report.forEach((line) => console.info(line))
  if (problems.length) {
    console.error(`check:weapp found ${problems.length} problem(s):\n- ${problems.join('\n- ')}`)
    process.exit(1)
  }
  console.info('check:weapp: no problems')
}
