import { EVENT_TEXT_LIMITS } from '@contract/eventTypes'
import type { useLeaveDecision } from '@/hooks/events/useLeaveDecision'
import ReasonSheet from './ReasonSheet'

/** Selectors: [data-testid=reject-sheet] .reject-confirm */
export default function RejectLeaveSheet({ decision }: { decision: ReturnType<typeof useLeaveDecision> }) {
  const leave = decision.rejecting
  return (
    <ReasonSheet
      title={leave && `驳回 ${leave.memberName} 的请假`}
      label="驳回理由"
      limit={EVENT_TEXT_LIMITS.decisionNote}
      hint={leave && `请假理由：${leave.reason}`}
      placeholder="请填写驳回理由，党员会看到，如：本次为换届选举，请务必参加"
      submitLabel="确认驳回"
      submitClass="reject-confirm"
      testId="reject-sheet"
      error={decision.error}
      busy={decision.busy}
      onSubmit={(note) => void decision.reject(note)}
      onEdit={decision.clearError}
      onClose={decision.closeReject}
    />
  )
}
