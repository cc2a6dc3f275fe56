import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build, type BuildOptions, type Plugin } from 'esbuild'
import { ROOT } from './h5Build'

/**
 * `npm run build:functions`: bundles each cloud function with the shared code
 * it imports into one self-contained folder under dist/cloudfunctions/, ready
 * to upload from WeChat DevTools (project.config.json points there).
 */
const SOURCE = join(ROOT, 'cloudfunctions')
export const FUNCTIONS_OUT = join(ROOT, 'dist/cloudfunctions')
const SDK_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/wx-server-sdk/package.json'), 'utf8')) as { version: string }
).version

/** Every folder with an `index.ts` except the shared code: one deployable function each. */
export const functionNames = (): string[] =>
  readdirSync(SOURCE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'common')
    .map((entry) => entry.name)
    .filter((name) => statSync(join(SOURCE, name, 'index.ts'), { throwIfNoEntry: false }))

/**
 * Heavy packages the code loads with `await import(...)` only in the actions
 * that use them (exports, roster import, the check-in QR code, 党员发展 papers). Each becomes
 * its own file beside index.js (`vendor/<name>.js`), required on first use,
 * so a function's cold start parses and runs only index.js.
 */
export const LAZY_PACKAGES = ['exceljs', 'qrcode', 'docx', 'jszip']

const options: BuildOptions = {
  bundle: true,
  platform: 'node',
  // WeChat cloud functions run on Node 16 or later.
  target: 'node16',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  // The cloud installs the SDK from package.json; everything else is bundled.
  external: ['wx-server-sdk'],
  logLevel: 'warning',
}

const lazyPackages = (used: Set<string>): Plugin => ({
  name: 'lazy-packages',
  setup(builder) {
    builder.onResolve({ filter: new RegExp(`^(${LAZY_PACKAGES.join('|')})$`) }, ({ path, kind }) => {
      if (kind !== 'dynamic-import') throw new Error(`${path} must be loaded with await import() (a lazy package)`)
      used.add(path)
      return { path: `./vendor/${path}.js`, external: true }
    })
  },
})

export const buildFunction = async (name: string): Promise<{ name: string; bytes: number }> => {
  const out = join(FUNCTIONS_OUT, name)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const used = new Set<string>()
  await build({
    ...options,
    entryPoints: [join(SOURCE, name, 'index.ts')],
    outfile: join(out, 'index.js'),
    plugins: [lazyPackages(used)],
    // `import()` becomes a plain require() on first use: CommonJS only, whatever loader the cloud runs.
    supported: { 'dynamic-import': false },
  })
  for (const pkg of used)
    await build({
      ...options,
      stdin: { contents: `module.exports = require(${JSON.stringify(pkg)})`, resolveDir: ROOT },
      outfile: join(out, 'vendor', `${pkg}.js`),
    })
  copyFileSync(join(SOURCE, name, 'config.json'), join(out, 'config.json'))
  const manifest = {
    name,
    version: '1.0.0',
    main: 'index.js',
    private: true,
    dependencies: { 'wx-server-sdk': SDK_VERSION },
  }
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return { name, bytes: statSync(join(out, 'index.js')).size }
}

if (require.main === module) {
  Promise.all(functionNames().map(buildFunction))
    .then((built) =>
      built.forEach(({ name, bytes }) => console.info(`${name.padEnd(10)} ${(bytes / 1024).toFixed(1)} KB`)),
    )
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
