import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { FUNCTIONS_OUT, LAZY_PACKAGES, buildFunction, functionNames } from '../../scripts/build-functions'
import { functionMains } from '../../local/runtime/functions'
import { ROOT } from '../../scripts/h5Build'

/** `npm run build:functions`: every function the local cloud serves becomes one self-contained deployable folder. */
describe('deployable cloud functions', () => {
  it('builds exactly the functions the local cloud serves', () => {
    expect(functionNames().sort()).toEqual(Object.keys(functionMains).sort())
  })

  it.each(functionNames())('bundles %s with its config and only wx-server-sdk as a dependency', async (name) => {
    const { bytes } = await buildFunction(name)
    const folder = join(FUNCTIONS_OUT, name)
    expect(bytes).toBeGreaterThan(0)
    expect(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).dependencies).toEqual({
      'wx-server-sdk': '4.0.2',
    })
    expect(existsSync(join(folder, 'config.json'))).toBe(true)
    const exported = execFileSync(
      process.execPath,
      ['-e', `process.stdout.write(typeof require(${JSON.stringify(join(folder, 'index.js'))}).main)`],
      { env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') } },
    ).toString()
    expect(exported).toBe('function')
  })

  it('keeps exceljs and qrcode out of every index.js: they load from vendor/ on first use', async () => {
    for (const name of functionNames()) {
      await buildFunction(name)
      const index = readFileSync(join(FUNCTIONS_OUT, name, 'index.js'), 'utf8')
      // exceljs's own Workbook and qrcode's own encoder are not in the cold-start file.
      expect(index).not.toMatch(/ExcelJS|toSJIS|QR Code/)
      const vendor = join(FUNCTIONS_OUT, name, 'vendor')
      for (const file of existsSync(vendor) ? readdirSync(vendor) : [])
        expect(LAZY_PACKAGES).toContain(file.replace(/\.js$/, ''))
    }
    expect(readdirSync(join(FUNCTIONS_OUT, 'events', 'vendor')).sort()).toEqual(['exceljs.js', 'qrcode.js'])
  })

  it('runs the built events function: nothing lazy at require, the QR code and the 台账 export load theirs', async () => {
    await buildFunction('events')
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'builtBundle.child.ts'), join(FUNCTIONS_OUT, 'events', 'index.js')],
      { cwd: ROOT },
    ).toString()
    expect(JSON.parse(output)).toEqual({
      atRequire: [],
      afterActions: ['exceljs.js', 'qrcode.js'],
      qrImage: 'data:image/png;base64,',
      exported: ['fileID', 'fileName'],
    })
  }, 120_000)
})
