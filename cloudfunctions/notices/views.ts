import type {
  ManagedNotice,
  NoticeAttachment,
  NoticeDetail,
  NoticeEventInfo,
  NoticeSummary,
  NoticeVersionEntry,
} from '../common/contract'
import type { MemberDoc } from '../common/db/models/members'
import type {
  AttachmentDoc,
  NoticeAckDoc,
  NoticeDoc,
  NoticeEventDoc,
  NoticeReadDoc,
  NoticeVersionDoc,
} from '../common/db/models/notices'
import { audienceLabel, managesNotice, type BranchPlaces } from '../common/notices/audience'
import { excerptOf } from './body'

const iso = (at: Date | null | undefined): string | null => (at ? new Date(at).toISOString() : null)
const isoNow = (at: Date): string => new Date(at).toISOString()

export const toEventInfo = (event: NoticeEventDoc | null): NoticeEventInfo | null =>
  event && {
    eventId: event.eventId,
    title: event.title,
    startAt: isoNow(event.startAt),
    endAt: isoNow(event.endAt),
    venue: event.venue,
  }

const toAttachment = ({ fileID, name, size, kind }: AttachmentDoc): NoticeAttachment => ({ fileID, name, size, kind })

export interface Receipt {
  read?: NoticeReadDoc
  ack?: NoticeAckDoc
}

export const toSummary = (
  notice: NoticeDoc,
  branchNames: ReadonlyMap<string, string>,
  receipt: Receipt,
): NoticeSummary => ({
  id: notice._id,
  kind: notice.kind,
  title: notice.title,
  excerpt: excerptOf(notice.body),
  pinned: notice.pinned,
  requiresAck: notice.requiresAck,
  publishedAt: isoNow(notice.publishedAt),
  publisherName: notice.publisherName,
  audienceLabel: audienceLabel(notice, branchNames),
  event: toEventInfo(notice.event),
  cancelled: Boolean(notice.cancelledAt),
  read: Boolean(receipt.read || receipt.ack),
  acked: Boolean(receipt.ack),
})

export const toDetail = (
  notice: NoticeDoc,
  branchNames: ReadonlyMap<string, string>,
  receipt: Receipt,
): NoticeDetail => ({
  ...toSummary(notice, branchNames, receipt),
  body: notice.body,
  attachments: notice.attachments.map(toAttachment),
  version: notice.version,
  updatedAt: isoNow(notice.updatedAt),
  readAt: iso(receipt.read?.readAt ?? receipt.ack?.ackedAt),
  ackedAt: iso(receipt.ack?.ackedAt),
})

export interface Counts {
  read: number
  acked: number
}

export const toManaged = (
  notice: NoticeDoc,
  branchNames: ReadonlyMap<string, string>,
  counts: Counts,
  viewer: MemberDoc,
  places: BranchPlaces,
): ManagedNotice => ({
  id: notice._id,
  kind: notice.kind,
  title: notice.title,
  pinned: notice.pinned,
  requiresAck: notice.requiresAck,
  status: notice.status,
  cancelled: Boolean(notice.cancelledAt),
  publishedAt: isoNow(notice.publishedAt),
  updatedAt: isoNow(notice.updatedAt),
  version: notice.version,
  publisherName: notice.publisherName,
  audienceLabel: audienceLabel(notice, branchNames),
  recipientCount: notice.recipientCount,
  readCount: counts.read,
  ackCount: counts.acked,
  canManage: managesNotice(viewer, notice, places),
})

export const toVersionEntry = (version: NoticeVersionDoc): NoticeVersionEntry => ({
  version: version.version,
  title: version.title,
  body: version.body,
  attachments: version.attachments.map(toAttachment),
  pinned: version.pinned,
  requiresAck: version.requiresAck,
  editedAt: isoNow(version.editedAt),
  editedBy: version.editedByName,
})
