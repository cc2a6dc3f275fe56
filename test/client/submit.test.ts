/**
 * The submit rule every form shares (src/hooks/useSubmit.ts `submission`):
 * running while the call and its follow-up run, the error cleared first and
 * kept inline only when asked, the toast after success and before the follow-up.
 */
const showToast = jest.fn()

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { showToast: (...args: unknown[]) => showToast(...args) },
}))
jest.mock('../../src/api/platform', () => ({ platform: {} }), { virtual: true })

// jest hoists the mocks above these imports.
import { ApiError } from '../../src/api/transport'
import { submission, type SubmitReport } from '../../src/hooks/useSubmit'

const recorder = () => {
  const log: string[] = []
  const report: SubmitReport = {
    running: (value) => log.push(`running ${value}`),
    error: (message) => log.push(`error ${message ?? '-'}`),
  }
  return { log, report }
}

beforeEach(() => showToast.mockReset())

describe('submission', () => {
  it('runs the call, toasts its result, then the follow-up, all while running', async () => {
    const { log, report } = recorder()
    showToast.mockImplementation(({ title }: { title: string }) => log.push(`toast ${title}`))
    const ok = await submission(
      async (points: number) => ({ points }),
      {
        fallback: '提交失败',
        toast: { title: (result) => `已记录 ${result.points} 分`, icon: 'none' },
        onDone: (result, points) => log.push(`done ${result.points} ${points}`),
      },
      report,
      [3],
    )
    expect(ok).toBe(true)
    expect(log).toEqual(['running true', 'error -', 'toast 已记录 3 分', 'done 3 3', 'running false'])
    expect(showToast).toHaveBeenCalledWith({ title: '已记录 3 分', icon: 'none' })
  })

  it('keeps the ApiError message inline, else the fallback', async () => {
    const refused = recorder()
    const failed = recorder()
    const reject = (error: Error) => () => Promise.reject(error)
    expect(await submission(reject(new ApiError('FORBIDDEN', '无权操作')), { fallback: 'x' }, refused.report, [])).toBe(
      false,
    )
    await submission(reject(new Error('boom')), { fallback: '保存失败，请稍后再试' }, failed.report, [])
    expect(refused.log).toEqual(['running true', 'error -', 'error 无权操作', 'running false'])
    expect(failed.log).toEqual(['running true', 'error -', 'error 保存失败，请稍后再试', 'running false'])
    expect(showToast).not.toHaveBeenCalled()
  })

  it('keeps nothing without a fallback (the transport toasted it) and lets onError decide', async () => {
    const quiet = recorder()
    const handed = recorder()
    const seen: unknown[] = []
    const error = new ApiError('BUSY', '稍后再试', 'title')
    await submission(() => Promise.reject(error), {}, quiet.report, [])
    await submission(
      () => Promise.reject(error),
      {
        fallback: 'x',
        onError: (err, keep) => {
          seen.push(err)
          keep(`字段 ${(err as ApiError).field}`)
        },
      },
      handed.report,
      [],
    )
    expect(quiet.log).toEqual(['running true', 'error -', 'running false'])
    expect(handed.log).toEqual(['running true', 'error -', 'error 字段 title', 'running false'])
    expect(seen).toEqual([error])
  })

  it('counts a failing follow-up as a failure, after the toast', async () => {
    const { log, report } = recorder()
    const ok = await submission(
      async () => 1,
      { fallback: '失败', toast: { title: '已保存' }, onDone: () => Promise.reject(new Error('reload')) },
      report,
      [],
    )
    expect(ok).toBe(false)
    expect(showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'success' })
    expect(log).toEqual(['running true', 'error -', 'error 失败', 'running false'])
  })
})
