import { checkPrivacy, readmePrivacySection } from '../../scripts/weapp/privacy'
import { checkEs5, checkLibVersion, checkSizes } from '../../scripts/weapp/runtime'
import { checkWxss } from '../../scripts/weapp/wxss'

/** The rules `npm run check:weapp` applies to the built mini-program, each shown failing and passing. */
const source = (text: string, path = 'hooks/x.ts') => [{ path, text }]
const README = '# App\n\n### Privacy declarations\n\n| `getLocation` | 位置信息 |\n\n## Layout\n`chooseImage`\n'

describe('privacy declarations', () => {
  const call = source('await Taro.getLocation({ type: "gcj02" })')

  it('passes when app.json and the README declare the location API', () => {
    const app = { requiredPrivateInfos: ['getLocation'], permission: { 'scope.userLocation': { desc: '用于签到' } } }
    expect(checkPrivacy(call, app, README)).toEqual({ used: ['getLocation'], problems: [] })
  })

  it('names each missing declaration', () => {
    const { problems } = checkPrivacy(call, {}, '# App')
    expect(problems).toEqual([
      'getLocation (hooks/x.ts): missing from app.json requiredPrivateInfos',
      'getLocation (hooks/x.ts): app.json permission["scope.userLocation"].desc is missing',
      "getLocation (hooks/x.ts): not in the README's privacy declarations (用户隐私保护指引 item 位置信息)",
    ])
  })

  it('counts only the README privacy section, and only APIs that are called', () => {
    expect(readmePrivacySection(README)).not.toContain('chooseImage')
    expect(checkPrivacy(source('await wx.chooseImage({})'), {}, README).problems).toHaveLength(1)
    expect(checkPrivacy(source('// chooseImage is mentioned, not called'), {}, README).used).toEqual([])
  })
})

describe('WXSS', () => {
  it('refuses the universal selector and local url() resources', () => {
    const problems = checkWxss([
      { path: 'a.wxss', text: '.row > * { flex: 1 } .bg { background: url(/assets/a.png) }' },
    ])
    expect(problems).toEqual([
      'a.wxss: unsupported universal selector in ".row > *"',
      'a.wxss: local resource in background: url(/assets/a.png)',
    ])
  })

  it('accepts classes, combinators, pseudo-elements, multiplication in calc and remote or inline images', () => {
    const text =
      '.a > .b, .c::after { width: calc(2 * 10px) } .d { background: url("https://x.cn/a.png"), url(data:image/png;base64,AA) }'
    expect(checkWxss([{ path: 'b.wxss', text }])).toEqual([])
  })
})

describe('scripts and base library', () => {
  it('refuses ES2015 syntax and accepts ES5', () => {
    expect(checkEs5([{ path: 'a.js', text: 'var f = function (a) { return a }' }])).toEqual([])
    expect(checkEs5([{ path: 'b.js', text: 'var f = (...e) => e' }])[0]).toMatch(/^b\.js: not ES5/)
  })

  it('needs libVersion at least as new as the newest feature used', () => {
    const canvas = source('<Canvas type="2d" />')
    expect(checkLibVersion(canvas, '2.9.0')).toEqual({ needed: '2.9.0', problems: [] })
    expect(checkLibVersion(canvas, '2.8.3').problems).toEqual([
      'Canvas type="2d" needs base library 2.9.0, libVersion declares 2.8.3',
    ])
    expect(checkLibVersion(canvas, undefined).problems).toHaveLength(1)
  })

  it('keeps the main package under 1 MB and each subpackage under 2 MB', () => {
    const ok = {
      mainPackage: { bytes: 1024 * 1024 - 1 },
      subpackages: [{ name: 'packages/a', bytes: 2 * 1024 * 1024 - 1 }],
    }
    expect(checkSizes(ok)).toEqual([])
    const big = { mainPackage: { bytes: 1024 * 1024 }, subpackages: [{ name: 'packages/a', bytes: 2 * 1024 * 1024 }] }
    expect(checkSizes(big)).toHaveLength(2)
  })
})
