import ExcelJS from 'exceljs'
import {
  END,
  at,
  attendAt,
  createThemeDay,
  demoIdentities,
  eventDoc,
  minutes,
  minutesPayload,
  setClock,
  useEventsCloud,
} from './eventsHelpers'

const t = useEventsCloud()

const { secretary, committee, member, otherSecretary } = demoIdentities
const create = (overrides = {}) => createThemeDay(t, overrides)
const MINUTES_TEXT = '会议由支部书记主持，集中学习了全会精神，6 名党员作交流发言。'
const record = (eventId: string, overrides: Parameters<typeof minutesPayload>[1] = {}) =>
  minutesPayload(eventId, { text: MINUTES_TEXT, ...overrides })

const attend = (eventId: string, openid: string, now: Date) => attendAt(t, eventId, openid, now)

const photo = (name: string) => t.cloud.files.save(Buffer.from(`photo ${name}`), `${name}.jpg`)

const readWorkbook = async (fileID: string) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(t.cloud.files.read(fileID) as unknown as ArrayBuffer)
  return workbook
}

/** A sheet's rows below its header, as plain arrays of cell values. */
const rowsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet.getSheetValues() as unknown[][])
    .filter(Array.isArray)
    .slice(1)
    .map((row) => row.slice(1))

const column = (sheet: ExcelJS.Worksheet, index: number) =>
  (sheet.getColumn(index).values as unknown[]).filter((value) => value !== undefined && value !== null)

describe('会议记录', () => {
  it('records structured minutes and photos after the start, which marks the event as held', async () => {
    const eventId = await create()
    const photos = [photo('a'), photo('b')]
    expect(await t.call(secretary, 'events', 'recordMinutes', record(eventId, { photos }))).toMatchObject({
      ok: false,
      code: 'MINUTES_TOO_EARLY',
    })
    setClock(at(minutes(160)))
    const held = await t.ok(secretary, 'events', 'recordMinutes', record(eventId, { photos }))
    expect(held).toMatchObject({
      status: 'held',
      phase: 'held',
      minutes: {
        host: '王建国',
        recorder: '李秀英',
        agenda: '一、集中学习全会精神\n二、交流发言',
        text: MINUTES_TEXT,
        decisions: '下月起每周五下午开展一次集中学习。',
        photos,
      },
    })
    const recorder = await t.ok(secretary, 'members', 'getMe', {})
    expect(held.minutes?.recordedByName).toBe(recorder.bound && recorder.profile.name)
    const member = await t.ok(demoIdentities.member, 'events', 'getEvent', { eventId })
    expect(member.minutes).toMatchObject({ host: '王建国', decisions: '下月起每周五下午开展一次集中学习。' })
    const again = await t.ok(
      secretary,
      'events',
      'recordMinutes',
      record(eventId, { text: `${MINUTES_TEXT}（补充）`, decisions: undefined }),
    )
    expect(again.minutes).toMatchObject({ photos: [], decisions: '' })
    expect((await eventDoc(t, eventId)).minutes?.text).toContain('补充')
    expect(await t.call(secretary, 'events', 'cancelEvent', { eventId })).toMatchObject({
      ok: false,
      code: 'EVENT_HELD',
    })
  })

  it('refuses more than 9 photos, foreign file ids, missing or overlong fields and other secretaries, writing nothing', async () => {
    const eventId = await create()
    setClock(at(minutes(160)))
    const before = await eventDoc(t, eventId)
    const cases = [
      [record(eventId, { photos: Array.from({ length: 10 }, (_, i) => photo(String(i))) }), '照片最多 9 项'],
      [record(eventId, { photos: ['https://evil.example/x.jpg'] }), '照片格式不正确'],
      [record(eventId, { text: '开了会' }), '会议内容至少需要 10 个字'],
      [record(eventId, { host: '  ' }), '请填写主持人'],
      [{ ...record(eventId), recorder: undefined }, '请填写记录人'],
      [record(eventId, { agenda: '学' }), '会议议程至少需要 2 个字'],
      [record(eventId, { text: '记'.repeat(5001) }), '会议内容不能超过 5000 个字'],
      [record(eventId, { decisions: '决'.repeat(2001) }), '决议和决定事项不能超过 2000 个字'],
    ] as const
    for (const [payload, message] of cases)
      expect(await t.raw(secretary, 'events', { action: 'recordMinutes', payload })).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
        message,
      })
    expect(await t.call(otherSecretary, 'events', 'recordMinutes', record(eventId))).toMatchObject({
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
    await t.ok(secretary, 'events', 'recordMinutes', record(eventId))
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
    const facts = Object.fromEntries(
      (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((row) => [row[1], row[2]]),
    ) as Record<string, string>
    expect(facts).toMatchObject({
      主持人: '王建国',
      记录人: '李秀英',
      会议议程: '一、集中学习全会精神\n二、交流发言',
      会议内容: MINUTES_TEXT,
      决议和决定事项: '下月起每周五下午开展一次集中学习。',
      现场照片: '无',
    })
    expect(facts['缺席人员及原因']).toContain('（请假：外出培训）')
    expect(facts['缺席人员及原因'].match(/（未请假）/g)).toHaveLength(17)
  })

  it('a ledger exported while check-in is open says 未签到, never 「可签到」', async () => {
    const eventId = await create()
    await attend(eventId, member, at(minutes(40)))
    const exported = await t.ok(secretary, 'events', 'exportEventLedger', { eventId })
    const states = column((await readWorkbook(exported.fileID)).getWorksheet('签到台账')!, 4)
    expect(states.filter((state) => state === '未签到')).toHaveLength(19)
    expect(states).not.toContain('可签到')
  })

  it('a cancelled event’s ledger says 已取消 and counts no one absent, keeping the check-ins made before', async () => {
    const eventId = await create()
    await attend(eventId, member, at(minutes(40)))
    await t.ok(secretary, 'events', 'cancelEvent', { eventId, reason: '与上级会议冲突' })
    setClock(new Date(END.getTime() + minutes(10)))
    const exported = await t.ok(secretary, 'events', 'exportEventLedger', { eventId })
    const sheet = (await readWorkbook(exported.fileID)).getWorksheet('签到台账')!
    const facts = Object.fromEntries(rowsOf(sheet).map((row) => [row[0], row[1]]))
    expect(facts).toMatchObject({ 状态: '已取消', '应到 / 请假 / 实到': '20 / 0 / 1', '迟到 / 缺席': '0 / 0' })
    const states = column(sheet, 4)
    expect(states.filter((state) => state === '已取消')).toHaveLength(19)
    expect(states.filter((state) => state === '已签到')).toHaveLength(1)
    expect(states).not.toContain('缺席')
  })

  it('exports a branch month with a summary, the detail and per-member totals; a cancelled event counts nowhere', async () => {
    const month = async () => {
      const exported = await t.ok(secretary, 'events', 'exportMonthLedger', { month: '2026-11' })
      const workbook = await readWorkbook(exported.fileID)
      const totals = rowsOf(workbook.getWorksheet('党员汇总')!)
      const totalsOf = (name: string) =>
        (totals.find((row) => row[0] === name)?.slice(1) ?? [0, 0, 0, 0, 0]) as number[]
      return { exported, workbook, totalsOf, detailRows: rowsOf(workbook.getWorksheet('出勤明细')!).length }
    }
    const roster = await t.ok(secretary, 'members', 'listRoster', {})
    const nameOf = (memberId: string) => roster.find((entry) => entry.memberId === memberId)!.name
    // The seed's own events of November are in the month already: the test adds to them, both read at the same hour.
    const exportedAt = at(minutes(60 * 72))
    setClock(exportedAt)
    const before = await month()
    setClock(at(0))
    const first = await create()
    const second = await create({
      type: 'party_lecture',
      title: '专题党课',
      start: at(minutes(60 * 24)).toISOString(),
      end: at(minutes(60 * 24 + 90)).toISOString(),
    })
    const dropped = await create({
      title: '已取消的学习会',
      start: at(minutes(60 * 48)).toISOString(),
      end: at(minutes(60 * 48 + 90)).toISOString(),
    })
    await attend(first, member, at(minutes(40)))
    await attend(second, member, at(minutes(60 * 24 - 10)))
    await attend(dropped, member, at(minutes(60 * 48 - 10)))
    await t.ok(secretary, 'events', 'cancelEvent', { eventId: dropped, reason: '与上级会议冲突' })
    setClock(exportedAt)
    const after = await month()
    expect(after.exported.fileName).toBe('第一支部-2026-11-组织生活台账.xlsx')
    expect(after.workbook.worksheets.map((sheet) => sheet.name)).toEqual(['活动汇总', '出勤明细', '党员汇总'])
    const titles = (workbook: ExcelJS.Workbook) => column(workbook.getWorksheet('活动汇总')!, 3).sort()
    expect(titles(after.workbook)).toEqual(
      [...titles(before.workbook), '学习贯彻党的二十届四中全会精神', '专题党课'].sort(),
    )
    expect(after.detailRows).toBe(before.detailRows + 2 * 20)
    // 应参加, 出勤, 迟到, 请假, 缺席: two more events each, the cancelled one not among them.
    const plus = (base: number[], added: number[]) => base.map((value, i) => value + added[i])
    expect(after.totalsOf(nameOf('m006'))).toEqual(plus(before.totalsOf(nameOf('m006')), [2, 2, 0, 0, 0]))
    expect(after.totalsOf(nameOf('m007'))).toEqual(plus(before.totalsOf(nameOf('m007')), [2, 0, 0, 0, 2]))
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
