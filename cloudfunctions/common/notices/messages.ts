import cloud from 'wx-server-sdk'
import type { MessageKind } from '../contract/noticeLimits'
import { collections } from '../db/collections'
import type { Database } from '../db/database'
import type { MemberDoc } from '../db/models/members'
import type { DeliveryDoc, DeliveryStatus, SubscriptionDoc } from '../db/models/notices'
import { isDuplicateKeyError } from '../errors'
import { subscriptionId } from './ids'

/** WeChat: the user has no (remaining) subscription for this template. */
export const NOT_SUBSCRIBED = 43101
/** Messages are sent a few at a time: fast enough for a branch, gentle on the openapi quota. */
const PARALLEL_SENDS = 8

export interface Message {
  templateId: string
  /** Mini-program page the message opens, with its query. */
  page: string
  /** Template keywords, e.g. `{ thing1: { value: '...' } }`. */
  data: Record<string, { value: string }>
}

export interface SendRequest {
  purpose: DeliveryDoc['purpose']
  messageKind: MessageKind
  noticeId: string | null
  eventId: string | null
  /** The natural id of one recipient's delivery: it makes each message at-most-once. */
  deliveryId: (memberId: string) => string
  recipients: readonly MemberDoc[]
  message: Message
  now: Date
}

export interface SendReport {
  sent: number
  failed: number
  notSubscribed: number
}

const openapiError = (error: unknown): { errCode: number; errMsg: string } => {
  const { errCode, errMsg, message } = (error ?? {}) as { errCode?: unknown; errMsg?: unknown; message?: unknown }
  return {
    errCode: typeof errCode === 'number' ? errCode : -1,
    errMsg: String(errMsg ?? message ?? 'unknown error').slice(0, 200),
  }
}

/** Takes one one-time credit; false when the member has none left. The conditional update is atomic. */
const takeCredit = async (db: Database, memberId: string, templateId: string, now: Date): Promise<boolean> => {
  const _ = db.command
  const { stats } = await db
    .collection<SubscriptionDoc>(collections.noticeSubscriptions.name)
    .where({ _id: subscriptionId(memberId, templateId), credits: _.gt(0) })
    .update({ data: { credits: _.inc(-1), updatedAt: now } })
  return stats.updated === 1
}

/** 43101 means WeChat holds no subscription for this user: our count is wrong, so clear it. Otherwise the credit was not used. */
const settleCredit = async (db: Database, memberId: string, templateId: string, errCode: number, now: Date) => {
  const _ = db.command
  await db
    .collection(collections.noticeSubscriptions.name)
    .doc(subscriptionId(memberId, templateId))
    .update({
      data: errCode === NOT_SUBSCRIBED ? { credits: 0, updatedAt: now } : { credits: _.inc(1), updatedAt: now },
    })
}

/** Claims the delivery's natural id; false when this message was already handled (e.g. a timer ran twice). */
const claimDelivery = async (db: Database, request: SendRequest, member: MemberDoc): Promise<string | null> => {
  const _id = request.deliveryId(member._id)
  const delivery: DeliveryDoc = {
    _id,
    purpose: request.purpose,
    messageKind: request.messageKind,
    noticeId: request.noticeId,
    eventId: request.eventId,
    memberId: member._id,
    templateId: request.message.templateId,
    status: 'sending',
    errCode: null,
    errMsg: null,
    createdAt: request.now,
    sentAt: null,
  }
  try {
    await db.collection(collections.noticeDeliveries.name).add({ data: delivery })
    return _id
  } catch (error) {
    if (isDuplicateKeyError(error)) return null
    throw error
  }
}

const finish = (db: Database, deliveryId: string, status: DeliveryStatus, extra: Partial<DeliveryDoc> = {}) =>
  db
    .collection(collections.noticeDeliveries.name)
    .doc(deliveryId)
    .update({ data: { status, ...extra } })

const sendOne = async (db: Database, request: SendRequest, member: MemberDoc): Promise<DeliveryStatus | null> => {
  const deliveryId = await claimDelivery(db, request, member)
  if (!deliveryId) return null
  const { templateId, page, data } = request.message
  if (!member.openid || !(await takeCredit(db, member._id, templateId, request.now))) {
    await finish(db, deliveryId, 'not_subscribed')
    return 'not_subscribed'
  }
  try {
    await cloud.openapi.subscribeMessage.send({ touser: member.openid, templateId, page, data, lang: 'zh_CN' })
    await finish(db, deliveryId, 'sent', { sentAt: request.now })
    return 'sent'
  } catch (error) {
    const { errCode, errMsg } = openapiError(error)
    await settleCredit(db, member._id, templateId, errCode, request.now)
    await finish(db, deliveryId, 'failed', { errCode, errMsg })
    return 'failed'
  }
}

/**
 * Sends one subscribe message to each recipient who still holds a credit for
 * its template, at most once per delivery id. A WeChat error is recorded on
 * the recipient's delivery and never thrown: publishing must not fail
 * because one phone refused a message.
 */
export const sendMessages = async (db: Database, request: SendRequest): Promise<SendReport> => {
  const report: SendReport = { sent: 0, failed: 0, notSubscribed: 0 }
  if (!request.message.templateId) {
    report.notSubscribed = request.recipients.length
    return report
  }
  const queue = [...request.recipients]
  const worker = async () => {
    for (let member = queue.shift(); member; member = queue.shift()) {
      const status = await sendOne(db, request, member).catch((error: unknown) => {
        console.error('Subscribe message delivery failed', error)
        return 'failed' as const
      })
      if (status === 'sent') report.sent++
      else if (status === 'failed') report.failed++
      else if (status === 'not_subscribed') report.notSubscribed++
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SENDS, queue.length) }, worker))
  return report
}
