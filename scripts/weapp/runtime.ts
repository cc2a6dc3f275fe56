import { parse } from 'acorn'

/** Every shipped script must parse as ES5: old phones' JS engines run the base library's output as is. */
export const checkEs5 = (files: { path: string; text: string }[]): string[] =>
  files.flatMap(({ path, text }) => {
    try {
      parse(text, { ecmaVersion: 5, sourceType: 'script' })
      return []
    } catch (error) {
      const { pos = 0, message } = error as { pos?: number; message: string }
      return [`${path}: not ES5 (${message}) near ${JSON.stringify(text.slice(Math.max(0, pos - 30), pos + 30))}`]
    }
  })

/** Features whose use in the sources raises the minimum base library (base library docs, 「基础库 x.y.z 开始支持」). */
export const BASE_LIBRARY_FEATURES: { feature: string; pattern: RegExp; since: string }[] = [
  { feature: 'wx.cloud', pattern: /\bcloud\.(init|callFunction)\b/, since: '2.2.3' },
  { feature: 'requestSubscribeMessage', pattern: /\brequestSubscribeMessage\b/, since: '2.4.4' },
  { feature: 'chooseMessageFile', pattern: /\bchooseMessageFile\b/, since: '2.5.0' },
  { feature: 'Canvas type="2d"', pattern: /type="2d"/, since: '2.9.0' },
  { feature: 'getLocation isHighAccuracy', pattern: /\bisHighAccuracy\b/, since: '2.9.0' },
  { feature: 'openDocument showMenu', pattern: /\bshowMenu\b/, since: '2.11.0' },
  { feature: 'chooseMedia', pattern: /\bchooseMedia\b/, since: '2.10.0' },
  { feature: 'getFuzzyLocation', pattern: /\bgetFuzzyLocation\b/, since: '2.25.0' },
  { feature: 'requirePrivacyAuthorize', pattern: /\brequirePrivacyAuthorize\b/, since: '2.32.3' },
]

const compareVersions = (a: string, b: string): number => {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number))
  for (let i = 0; i < 3; i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0)
  return 0
}

/** The features the sources use that need a newer base library than `libVersion` declares. */
export const checkLibVersion = (
  sources: { path: string; text: string }[],
  libVersion: string | undefined,
): { needed: string; problems: string[] } => {
  const used = BASE_LIBRARY_FEATURES.filter(({ pattern }) => sources.some(({ text }) => pattern.test(text)))
  const needed = used.map(({ since }) => since).reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b), '1.0.0')
  if (!libVersion)
    return { needed, problems: [`project.config.json declares no libVersion (the sources need ≥ ${needed})`] }
  const problems = used
    .filter(({ since }) => compareVersions(since, libVersion) > 0)
    .map(({ feature, since }) => `${feature} needs base library ${since}, libVersion declares ${libVersion}`)
  return { needed, problems }
}

export const MAIN_PACKAGE_LIMIT = 1024 * 1024
export const SUBPACKAGE_LIMIT = 2 * 1024 * 1024

/** The main package under 1 MB (our own budget; WeChat allows 2 MB) and every subpackage under WeChat's 2 MB. */
export const checkSizes = (sizes: {
  mainPackage: { bytes: number }
  subpackages: { name: string; bytes: number }[]
}): string[] => [
  ...(sizes.mainPackage.bytes >= MAIN_PACKAGE_LIMIT
    ? [`main package is ${sizes.mainPackage.bytes} bytes (limit ${MAIN_PACKAGE_LIMIT})`]
    : []),
  ...sizes.subpackages
    .filter((sub) => sub.bytes >= SUBPACKAGE_LIMIT)
    .map((sub) => `${sub.name} is ${sub.bytes} bytes (limit ${SUBPACKAGE_LIMIT})`),
]
