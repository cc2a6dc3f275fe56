/**
 * WeChat's privacy rules for the APIs this kind of app calls: which ones must be
 * listed in app.json `requiredPrivateInfos`, which need a `permission` text, and
 * the item of the admin console's 用户隐私保护指引 each one falls under.
 * Sources: 小程序用户隐私保护指引 (接口列表), app.json `requiredPrivateInfos` (2022-07)
 * and `permission` (scope.userLocation).
 */
export interface PrivacyRule {
  api: string
  /** The 用户隐私保护指引 item to declare in the admin console. */
  guide: string
  requiredPrivateInfos?: boolean
  scope?: string
}

export const PRIVACY_RULES: PrivacyRule[] = [
  { api: 'getLocation', guide: '位置信息', requiredPrivateInfos: true, scope: 'scope.userLocation' },
  { api: 'getFuzzyLocation', guide: '模糊位置信息', requiredPrivateInfos: true, scope: 'scope.userFuzzyLocation' },
  { api: 'startLocationUpdate', guide: '位置信息', requiredPrivateInfos: true, scope: 'scope.userLocation' },
  { api: 'chooseLocation', guide: '选中的位置信息', requiredPrivateInfos: true },
  { api: 'choosePoi', guide: '选中的位置信息', requiredPrivateInfos: true },
  { api: 'chooseAddress', guide: '地址', requiredPrivateInfos: true },
  { api: 'chooseImage', guide: '选中的照片或视频信息' },
  { api: 'chooseMedia', guide: '选中的照片或视频信息' },
  { api: 'chooseVideo', guide: '选中的照片或视频信息' },
  { api: 'saveImageToPhotosAlbum', guide: '相册（仅写入）权限' },
  { api: 'chooseMessageFile', guide: '选中的文件' },
  { api: 'setClipboardData', guide: '剪切板' },
  { api: 'getClipboardData', guide: '剪切板' },
  { api: 'getUserProfile', guide: '用户信息（微信昵称、头像）' },
  { api: 'startRecord', guide: '麦克风' },
  { api: 'getRecorderManager', guide: '麦克风' },
  { api: 'createCameraContext', guide: '摄像头' },
  { api: 'getWeRunData', guide: '微信运动步数' },
  { api: 'addPhoneContact', guide: '通讯录（仅写入）权限' },
]

interface AppJson {
  requiredPrivateInfos?: string[]
  permission?: Record<string, { desc?: string }>
}

/** The privacy APIs called as `Taro.x(` or `wx.x(` in the given sources, with the files that call them. */
export const privacyApisUsed = (sources: { path: string; text: string }[]): Map<string, string[]> => {
  const known = new Set(PRIVACY_RULES.map((rule) => rule.api))
  const used = new Map<string, string[]>()
  for (const { path, text } of sources) {
    for (const match of text.matchAll(/\b(?:Taro|wx)\s*\.\s*(\w+)\s*\(/g)) {
      if (!known.has(match[1])) continue
      used.set(match[1], [...new Set([...(used.get(match[1]) ?? []), path])])
    }
  }
  return used
}

/** The README's privacy list: the text from its "Privacy declarations" heading to the next heading. */
export const readmePrivacySection = (readme: string): string => {
  const start = readme.search(/^#+ .*Privacy declarations/m)
  if (start < 0) return ''
  const rest = readme.slice(start)
  const next = rest.search(/\n#+ /)
  return next < 0 ? rest : rest.slice(0, next)
}

/** What the built app.json and the README fail to declare for the privacy APIs the sources use. */
export const checkPrivacy = (
  sources: { path: string; text: string }[],
  appJson: AppJson,
  readme: string,
): { used: string[]; problems: string[] } => {
  const used = privacyApisUsed(sources)
  const section = readmePrivacySection(readme)
  const problems: string[] = []
  for (const [api, files] of used) {
    const rule = PRIVACY_RULES.find((candidate) => candidate.api === api)!
    const where = `${api} (${files.join(', ')})`
    if (rule.requiredPrivateInfos && !appJson.requiredPrivateInfos?.includes(api))
      problems.push(`${where}: missing from app.json requiredPrivateInfos`)
    if (rule.scope && !appJson.permission?.[rule.scope]?.desc?.trim())
      problems.push(`${where}: app.json permission["${rule.scope}"].desc is missing`)
    if (!section.includes('`' + api + '`'))
      problems.push(`${where}: not in the README's privacy declarations (用户隐私保护指引 item ${rule.guide})`)
  }
  return { used: [...used.keys()].sort(), problems }
}
