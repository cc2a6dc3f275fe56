import { daysToPoliticalBirthday, partyYears } from '../../cloudfunctions/common/rules/members'
import { shanghai, useFakeClock } from '../helpers/clock'
import { demoIdentities, startTestCloud } from '../helpers/testCloud'

const at = (iso: string) => new Date(iso)

describe('政治生日 and party years in Asia/Shanghai', () => {
  it('counts days to the next anniversary, 0 on the day', () => {
    expect(daysToPoliticalBirthday('1995-06-12', at('2026-06-11T16:00:00Z'))).toBe(0)
    expect(daysToPoliticalBirthday('1995-06-12', at('2026-06-11T15:59:00Z'))).toBe(1)
    expect(daysToPoliticalBirthday('1995-06-12', at('2026-06-12T16:00:00Z'))).toBe(364)
  })

  it('falls on Feb 28 in common years for a Feb 29 joining date', () => {
    expect(daysToPoliticalBirthday('2000-02-29', at('2027-02-27T16:00:00Z'))).toBe(0)
    expect(daysToPoliticalBirthday('2000-02-29', at('2028-02-27T16:00:00Z'))).toBe(1)
  })

  it('counts whole party years', () => {
    expect(partyYears('1995-06-12', at('2026-06-11T15:00:00Z'))).toBe(30)
    expect(partyYears('1995-06-12', at('2026-06-11T16:00:00Z'))).toBe(31)
  })

  it('shows it on the profile', async () => {
    // The demo secretary joined on 1995-06-12; on 2026-06-01 that is 11 days away and 30 whole years ago.
    useFakeClock(shanghai('2026-06-01 09:00'))
    try {
      const t = await startTestCloud()
      const me = await t.ok(demoIdentities.secretary, 'members', 'getMe', {})
      if (!me.bound) throw new Error('demo secretary should be bound')
      expect(me.profile).toMatchObject({ joinedOn: '1995-06-12', daysToPoliticalBirthday: 11, partyYears: 30 })
      expect(me.profile.roles).toEqual(['member', 'committee', 'secretary'])
    } finally {
      jest.useRealTimers()
    }
  })
})
