import type { PublishOptions } from '../../common/contract'
import type { Context } from '../../common/handler'
import { listBranchDocs } from '../../common/db/members'
import { publishesOrganisation, publishesTo } from '../../common/notices/audience'
import { linkableEvents } from '../meetings'

/** The publish form's choices: the branches the caller may address (`publishesTo`) and the meetings a meeting notice may announce. */
export const publishOptions = async ({ db, caller, now }: Context): Promise<PublishOptions> => {
  const orgWide = publishesOrganisation(caller.member)
  const all = await listBranchDocs(db)
  const branches = orgWide ? all : all.filter((branch) => publishesTo(caller.member, branch))
  const events = await linkableEvents(
    db,
    branches.map((branch) => branch._id),
    now,
  )
  return {
    branches: branches.map((branch) => ({ id: branch._id, name: branch.name })),
    orgWide,
    events: events.map((event) => ({
      eventId: event._id,
      branchId: event.branchId,
      title: event.title,
      startAt: new Date(event.start).toISOString(),
      venue: event.venue.name,
    })),
  }
}
