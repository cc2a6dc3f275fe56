import ExcelJS from 'exceljs'
import {
  END,
  at,
  attendAt,
  createThemeDay,
  demoIdentities,
  eventDoc,
  minutes,
  setClock,
  useEventsCloud,
} from './eventsHelpers'

const t = useEventsCloud()

const { secretary, committee, member, otherSecretary } = demoIdentities
const create = (overrides = {}) => createThemeDay(t, overrides)
const MINUTES_TEXT = '会议由支部书记主持，集中学习了全会精神，6 名党员作交流发言。'

const attend = (eventId: string, openid: string, now: Date) => attendAt(t, eventId, openid, now)

const photo = (name: string) => t.cloud.files.save(Buffer.from(`photo ${name}`), `${name}.jpg`)

const readWorkbook = async (fileID: string) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(t.cloud.files.read(fileID) as unknown as ArrayBuffer)
  return workbook
}

const column = (sheet: ExcelJS.Worksheet, index: number) =>
  (sheet.getColumn(index).values as unknown[]).filter((value) => value !== undefined && value !== null)

describe('会议记录', () => {
  it('records minutes and photos after the start, which marks the event as held', async () => {
    const eventId = await create()
    const photos = [photo('a'), photo('b')]
    expect(await t.call(secretary, 'events', 'recordMinutes', { eventId, text: MINUTES_TEXT, photos })).toMatchObject({
      ok: false,
      code: 'MINUTES_TOO_EARLY',
    })
    setClock(at(minutes(160)))
    const held = await t.ok(secretary, 'events', 'recordMinutes', { eventId, text: MINUTES_TEXT, photos })
    expect(held).toMatchObject({ status: 'held', phase: 'held', minutes: { text: MINUTES_TEXT, photos } })
    expect(held.minutes?.recordedByName).toBeTruthy()
    const again = await t.ok(secretary, 'events', 'recordMinutes', {
      eventId,
      text: `${MINUTES_TEXT}（补充）`,
      photos: [],
    })
    expect(again.minutes).toMatchObject({ photos: [] })
    expect((await eventDoc(t, eventId)).minutes?.text).toContain('补充')
    expect(await t.call(secretary, 'events', 'cancelEvent', { eventId })).toMatchObject({
      ok: false,
      code: 'EVENT_HELD',
    })
  })

  it('refuses more than 9 photos, foreign file ids, short text and other secretaries, writing nothing', async () => {
    const eventId = await create()
    setClock(at(minutes(160)))
    const before = await eventDoc(t, eventId)
    const cases = [
      [
        { eventId, text: MINUTES_TEXT, photos: Array.from({ length: 10 }, (_, i) => photo(String(i))) },
        '照片最多 9 项',
      ],
      [{ eventId, text: MINUTES_TEXT, photos: ['https://evil.example/x.jpg'] }, '照片格式不正确'],
      [{ eventId, text: '开了会', photos: [] }, '会议记录至少需要 10 个字'],
    ] as const
    for (const [payload, message] of cases)
      expect(await t.raw(secretary, 'events', { action: 'recordMinutes', payload })).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
        message,
      })
    expect(
      await t.call(otherSecretary, 'events', 'recordMinutes', { eventId, text: MINUTES_TEXT, photos: [] }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await eventDoc(t, eventId)).toEqual(before)
  })
})

describe('台账 export', () => {
  it('exports one event as .xlsx with every expected member', async () => {
    const eventId = await create()
    await t.ok(demoIdentities.member2, 'events', 'requestLeave', { eventId, reason: '外出培训' })
    await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm007', approve: true })
    await attend(eventId, member, at(minutes(40)))
    await attend(eventId, 'demo-m008', at(minutes(75)))
    setClock(new Date(END.getTime() + minutes(10)))
    const exported = await t.ok(committee, 'events', 'exportEventLedger', { eventId })
    expect(exported.fileName).toBe('主题党日-学习贯彻党的二十届四中全会精神-签到台账.xlsx')
    const sheet = (await readWorkbook(exported.fileID)).getWorksheet('签到台账')!
    const text = JSON.stringify(sheet.getSheetValues())
    expect(text).toContain('应到 / 请假 / 实到')
    expect(text).toContain('20 / 1 / 2')
    expect(text).toContain('10.5%')
    const states = column(sheet, 4)
    expect(states.filter((state) => state === '缺席')).toHaveLength(17)
    expect(states).toEqual(expect.arrayContaining(['已签到', '迟到', '已请假']))
    expect(text).toContain('请假：外出培训')
  })

  it('exports a branch month with a summary, the detail and per-member totals', async () => {
    const first = await create()
    const second = await create({
      type: 'party_lecture',
      title: '专题党课',
      start: at(minutes(60 * 24)).toISOString(),
      end: at(minutes(60 * 24 + 90)).toISOString(),
    })
    await attend(first, member, at(minutes(40)))
    await attend(second, member, at(minutes(60 * 24 - 10)))
    setClock(at(minutes(60 * 48)))
    const exported = await t.ok(secretary, 'events', 'exportMonthLedger', { month: '2026-11' })
    expect(exported.fileName).toBe('第一支部-2026-11-组织生活台账.xlsx')
    const workbook = await readWorkbook(exported.fileID)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['活动汇总', '出勤明细', '党员汇总'])
    const summaryTitles = column(workbook.getWorksheet('活动汇总')!, 3)
    expect(summaryTitles).toEqual(expect.arrayContaining(['主题', '学习贯彻党的二十届四中全会精神', '专题党课']))
    const totals = workbook.getWorksheet('党员汇总')!
    const row = totals.getSheetValues().find((values) => Array.isArray(values) && values.includes(2)) as unknown[]
    expect(row).toBeDefined()
    expect(
      await t.call(otherSecretary, 'events', 'exportMonthLedger', { branchId: 'b1', month: '2026-11' }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await t.call(member, 'events', 'exportMonthLedger', { month: '2026-11' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(
      await t.raw(secretary, 'events', { action: 'exportMonthLedger', payload: { month: '2026-13' } }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '月份格式应为 YYYY-MM' })
  })
})
