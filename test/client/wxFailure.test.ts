import Taro from '@tarojs/taro'
import { explainWxFailure, tellWxFailure } from '../../src/utils/wxFailure'

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { showModal: jest.fn(), openSetting: jest.fn(async () => ({})) },
}))

const showModal = Taro.showModal as unknown as jest.Mock
const openSetting = Taro.openSetting as unknown as jest.Mock

/** How a failed WeChat API call is explained to the user (src/utils/wxFailure.ts). */
describe('explainWxFailure', () => {
  it.each([
    [{ errno: 112, errMsg: 'getLocation:fail api scope is not declared in the privacy agreement' }, 'not_declared'],
    [{ errMsg: 'chooseImage:fail api scope is not declared in the privacy agreement' }, 'not_declared'],
    [{ errno: 104, errMsg: 'setClipboardData:fail privacy permission is not authorized' }, 'not_agreed'],
    [{ errMsg: 'getLocation:fail auth deny' }, 'denied'],
    [{ errMsg: 'chooseLocation:fail authorize:fail auth denied' }, 'denied'],
    [{ errMsg: 'getLocation:fail system permission denied' }, 'system_denied'],
    [{ errMsg: 'chooseImage:fail cancel' }, 'cancelled'],
    [{ errMsg: 'chooseMessageFile:fail something else' }, 'failed'],
    [new Error('network'), 'failed'],
    [undefined, 'failed'],
  ])('%j is %s', (error, kind) => {
    expect(explainWxFailure(error, 'photos').kind).toBe(kind)
  })

  it('names the permission and what the user was doing', () => {
    expect(explainWxFailure({ errno: 112, errMsg: '' }, 'location')).toEqual({
      kind: 'not_declared',
      message: '小程序尚未在隐私保护指引中声明使用位置信息，暂时无法定位签到，请联系党务管理员',
    })
    expect(explainWxFailure({ errMsg: 'auth deny' }, 'clipboard')).toEqual({
      kind: 'denied',
      message: '你已拒绝小程序使用剪切板，复制需要在设置中开启',
    })
  })
})

describe('tellWxFailure', () => {
  const env = process.env.TARO_ENV
  beforeEach(() => {
    showModal.mockReset()
    openSetting.mockClear()
    process.env.TARO_ENV = 'weapp'
  })
  afterAll(() => {
    process.env.TARO_ENV = env
  })

  it('says nothing after a cancel', async () => {
    expect(await tellWxFailure({ errMsg: 'chooseImage:fail cancel' }, 'photos')).toBeNull()
    expect(showModal).not.toHaveBeenCalled()
  })

  it('offers 去设置 after a refusal and opens the settings when tapped', async () => {
    showModal.mockResolvedValue({ confirm: true })
    const message = await tellWxFailure({ errMsg: 'getLocation:fail auth deny' }, 'location')
    expect(message).toBe('你已拒绝小程序使用位置信息，定位签到需要在设置中开启')
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '去设置', showCancel: true }))
    expect(openSetting).toHaveBeenCalledTimes(1)
  })

  it('does not open the settings when the user closes the dialog', async () => {
    showModal.mockResolvedValue({ confirm: false })
    await tellWxFailure({ errMsg: 'getLocation:fail auth deny' }, 'location')
    expect(openSetting).not.toHaveBeenCalled()
  })

  it('only explains a privacy-guide failure: settings cannot fix it', async () => {
    showModal.mockResolvedValue({ confirm: true })
    await tellWxFailure({ errno: 104, errMsg: '' }, 'files')
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '知道了', showCancel: false }))
    expect(openSetting).not.toHaveBeenCalled()
  })
})
