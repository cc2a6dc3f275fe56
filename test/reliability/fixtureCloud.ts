import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import { codeForSlot, slotAt } from '../../cloudfunctions/events/rules/code'
import { cloudPerTest, startTestCloud, type TestCloud } from '../helpers/testCloud'
import { loadFixture, type Fixture } from '../security/fixture'

/**
 * The reliability suites' arrangement: for each test a fresh demo cloud with
 * the security fixture (open event, notice to acknowledge, entry, ...) loaded
 * at the real clock, closed after the test.
 */
export const useFixtureCloud = (): { t: TestCloud; fixture: Fixture } => {
  const fixture = {} as Fixture
  const t = cloudPerTest(async () => {
    const cloud = await startTestCloud()
    Object.assign(fixture, await loadFixture(cloud, new Date()))
    return cloud
  })
  afterEach(() => {
    jest.useRealTimers()
    t.cloud.close()
  })
  return { t, fixture }
}

/** The check-in code an event shows right now. */
export const currentCode = async (t: TestCloud, eventId: string): Promise<string> => {
  const event = (await t.db.collection<EventDoc>(collections.events.name).doc(eventId).get()).data
  return codeForSlot(event.secret, slotAt(new Date()))
}
