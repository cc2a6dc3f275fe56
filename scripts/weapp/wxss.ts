import postcss from 'postcss'
import selectorParser from 'postcss-selector-parser'

/**
 * WXSS rules the WeChat compiler or runtime enforces (WXSS docs): the universal
 * selector `*` does not compile, and local files cannot be loaded from WXSS
 * (`url()` must be a data URI or an https address).
 */
export const checkWxss = (files: { path: string; text: string }[]): string[] => {
  const problems: string[] = []
  for (const { path, text } of files) {
    const root = postcss.parse(text, { from: path })
    root.walkRules((rule) => {
      let universal = false
      selectorParser((selectors) =>
        selectors.walk((node) => void (universal ||= node.type === 'universal')),
      ).processSync(rule.selector)
      if (universal) problems.push(`${path}: unsupported universal selector in "${rule.selector}"`)
    })
    root.walkDecls((decl) => {
      for (const match of decl.value.matchAll(/url\(\s*['"]?([^'")]*)/g)) {
        if (!/^(data:|https:)/.test(match[1]))
          problems.push(`${path}: local resource in ${decl.prop}: url(${match[1]})`)
      }
    })
  }
  return problems
}
