import Taro from '@tarojs/taro'
import { confirmDialog } from '@/utils/dialog'

/** What the user was trying to do when a WeChat API failed; it names the permission in the messages. */
export type WxFeature = 'location' | 'pickLocation' | 'photos' | 'files' | 'clipboard'

const FEATURES: Record<WxFeature, { permission: string; action: string }> = {
  location: { permission: '位置信息', action: '定位签到' },
  pickLocation: { permission: '位置信息', action: '在地图上选择会场' },
  photos: { permission: '相册和相机', action: '选择照片' },
  files: { permission: '聊天文件', action: '选择文件' },
  clipboard: { permission: '剪切板', action: '复制' },
}

export type WxFailure =
  | { kind: 'cancelled' }
  | { kind: 'not_declared' | 'not_agreed' | 'denied' | 'system_denied' | 'failed'; message: string }

const detailsOf = (error: unknown): { errno?: number; errMsg: string } => {
  const { errno, errMsg, message } = (error ?? {}) as { errno?: number; errMsg?: string; message?: string }
  return { errno, errMsg: errMsg ?? message ?? String(error ?? '') }
}

/**
 * Turns a failed WeChat API call into what the user should be told: the privacy
 * guide does not declare the API (errno 112), the user has not agreed to it
 * (errno 104), they refused the permission (can be changed in 设置), the phone's
 * system setting blocks WeChat, or they cancelled (nothing to say).
 */
export const explainWxFailure = (error: unknown, feature: WxFeature): WxFailure => {
  const { errno, errMsg } = detailsOf(error)
  const { permission, action } = FEATURES[feature]
  if (errno === 112 || /not declared in the privacy agreement/i.test(errMsg))
    return {
      kind: 'not_declared',
      message: `小程序尚未在隐私保护指引中声明使用${permission}，暂时无法${action}，请联系党务管理员`,
    }
  if (errno === 104 || /privacy permission is not authorized/i.test(errMsg))
    return { kind: 'not_agreed', message: `需要你同意《用户隐私保护指引》后才能${action}，请再试一次并点击同意` }
  if (/system permission denied|locationSwitchOff|system.*(denied|off)/i.test(errMsg))
    return { kind: 'system_denied', message: `手机系统设置不允许微信使用${permission}，请在系统设置中开启后重试` }
  if (/auth den(y|ied)|authorize:fail|permission denied|user denied/i.test(errMsg))
    return { kind: 'denied', message: `你已拒绝小程序使用${permission}，${action}需要在设置中开启` }
  if (/cancel/i.test(errMsg)) return { kind: 'cancelled' }
  return { kind: 'failed', message: `暂时无法${action}，请稍后重试` }
}

/**
 * Explains the failure to the user: a dialog with 去设置 (WeChat's settings page)
 * when they refused the permission, a dialog otherwise, nothing when they
 * cancelled. Resolves with the message shown (null after a cancel) so a page can
 * keep it on screen as well.
 */
export const tellWxFailure = async (error: unknown, feature: WxFeature): Promise<string | null> => {
  const failure = explainWxFailure(error, feature)
  if (failure.kind === 'cancelled') return null
  const canOpenSettings = failure.kind === 'denied' && process.env.TARO_ENV === 'weapp'
  const confirm = await confirmDialog({
    title: '无法继续',
    content: failure.message,
    showCancel: canOpenSettings,
    confirmText: canOpenSettings ? '去设置' : '知道了',
    cancelText: '取消',
  })
  if (confirm && canOpenSettings) await Taro.openSetting({})
  return failure.message
}
