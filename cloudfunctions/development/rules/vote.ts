import type { StepInput } from '../../common/contract/development'
import { AppError } from '../../common/errors'

type VoteCounts = Pick<Extract<StepInput, { kind: 'admissionVote' }>, 'present' | 'inFavour' | 'against' | 'abstaining'>

/**
 * A 支部大会 resolution on admitting or 转正: more than half of the branch's
 * voting members (正式党员) present, and votes in favour from more than half
 * of ALL voting members — not merely of those present.
 */
export const checkVote = (counts: VoteCounts, votingMembers: number): void => {
  const cast = counts.inFavour + counts.against + counts.abstaining
  if (cast > counts.present)
    throw new AppError('DEVELOPMENT_VOTE_COUNTS', `赞成、反对、弃权共 ${cast} 票，超过实到人数 ${counts.present} 人`)
  if (counts.present > votingMembers)
    throw new AppError(
      'DEVELOPMENT_VOTE_COUNTS',
      `实到 ${counts.present} 人，超过本支部有表决权的正式党员 ${votingMembers} 人`,
    )
  if (counts.present * 2 <= votingMembers)
    throw new AppError(
      'DEVELOPMENT_VOTE_NO_QUORUM',
      `有表决权的正式党员 ${votingMembers} 人，实到 ${counts.present} 人，未超过半数，会议无效`,
    )
  if (counts.inFavour * 2 <= votingMembers)
    throw new AppError(
      'DEVELOPMENT_VOTE_NOT_CARRIED',
      `赞成 ${counts.inFavour} 票，未超过有表决权的正式党员 ${votingMembers} 人的半数，决议未通过`,
    )
}
