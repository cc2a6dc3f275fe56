import { VENUE, createThemeDay, demoIdentities, useEventsCloud } from './eventsHelpers'

const t = useEventsCloud()
const { secretary, otherSecretary } = demoIdentities

describe('常用地点', () => {
  it("offers the secretary's own branch's venues, one per name, keeping the coordinates a later use lacked", async () => {
    await createThemeDay(t, { venue: { ...VENUE, name: '党员之家' } })
    await createThemeDay(t, { venue: { name: VENUE.name, radius: 500 } })
    const venues = await t.ok(secretary, 'events', 'listVenues', {})
    const names = venues.map((venue) => venue.name)
    expect(new Set(names).size).toBe(names.length)
    expect(venues.find((venue) => venue.name === '党员之家')).toMatchObject({ latitude: VENUE.latitude })
    expect(venues.find((venue) => venue.name === VENUE.name)).toMatchObject({
      latitude: expect.any(Number),
      longitude: expect.any(Number),
    })
    const others = await t.ok(otherSecretary, 'events', 'listVenues', {})
    expect(others.map((venue) => venue.name)).not.toContain('党员之家')
  })
})
