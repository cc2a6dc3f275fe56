import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findChromium } from '../../scripts/chromium'

const fakeBrowser = (dir: string, name: string) => {
  const path = join(dir, name)
  writeFileSync(path, '#!/bin/sh\n')
  chmodSync(path, 0o755)
  return path
}

describe('finding Chromium for the browser suites', () => {
  const empty = mkdtempSync(join(tmpdir(), 'no-browser-'))
  const usual = mkdtempSync(join(tmpdir(), 'browser-'))
  const chrome = fakeBrowser(usual, 'google-chrome')

  it('takes CHROMIUM_PATH when it is an executable, and nothing when it is not', () => {
    expect(findChromium({ CHROMIUM_PATH: chrome, PATH: empty })).toBe(chrome)
    expect(findChromium({ CHROMIUM_PATH: join(empty, 'chrome'), PATH: usual })).toBeNull()
  })

  it('looks for the usual names on the PATH, chromium first', () => {
    expect(findChromium({ PATH: `${empty}:${usual}` })).toBe(chrome)
    const chromium = fakeBrowser(empty, 'chromium')
    expect(findChromium({ PATH: `${usual}:${empty}` })).toBe(chromium)
    expect(findChromium({ PATH: mkdtempSync(join(tmpdir(), 'none-')) })).toBeNull()
  })
})
