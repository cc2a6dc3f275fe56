import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FUNCTIONS_OUT, buildFunction, functionNames } from '../../scripts/build-functions'
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
})
