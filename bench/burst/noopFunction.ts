/**
 * The burst's yardstick: a cloud function built exactly like the real ones
 * (createFunction: envelope validation, caller resolution, access check, zod
 * payload) whose only action returns at once. Served by the bench's host only
 * (startHost `extraFunctions`), never deployed.
 */
import { action } from '../../cloudfunctions/common/contract/define'
import { createFunction } from '../../cloudfunctions/common/handler'
import { payload } from '../../cloudfunctions/common/validation'

export const NOOP_FUNCTION = 'benchNoop'

const noopContract = { ping: action<{ pong: true }>()(payload({})) }

export const noopMain = createFunction(noopContract, {
  ping: { access: 'member', run: async () => ({ pong: true as const }) },
})
