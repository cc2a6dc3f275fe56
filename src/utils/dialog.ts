import Taro from '@tarojs/taro'

/** Every dialog's confirm button is the app's red (WeChat's default is green in some places, blue in others). */
export const CONFIRM_COLOR = '#c8161e'

/** A confirmation dialog; resolves true when the member confirms. */
export const confirmDialog = async (options: {
  title: string
  content: string
  confirmText?: string
  cancelText?: string
  showCancel?: boolean
}): Promise<boolean> => (await Taro.showModal({ ...options, confirmColor: CONFIRM_COLOR })).confirm
