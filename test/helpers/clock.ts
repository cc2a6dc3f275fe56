/**
 * A controllable clock for tests: only `Date` is faked, because the local
 * cloud still needs real timers, ticks and microtasks.
 */
export const useFakeClock = (start?: Date): void => {
  jest.useFakeTimers({
    doNotFake: [
      'nextTick',
      'setImmediate',
      'setTimeout',
      'setInterval',
      'clearTimeout',
      'clearInterval',
      'queueMicrotask',
    ],
  })
  if (start) jest.setSystemTime(start)
}

export const setClock = (instant: Date): void => jest.setSystemTime(instant)

/** Wall-clock time in Asia/Shanghai (UTC+8, no daylight saving): `shanghai('2026-11-19 10:00')`. */
export const shanghai = (local: string): Date => new Date(`${local.replace(' ', 'T')}+08:00`)
