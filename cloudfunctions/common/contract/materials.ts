import { z } from 'zod'
import { action } from './define'
import type { Instant } from './common'
import type { GrantResult } from './points'
import { emptyPayload, fileId, formRequestId, id, integer, payload, text } from '../validation'

/** Study materials (学习资料) and timed study: actions of the `points` function. */

export type MaterialKind = 'article' | 'video'

export interface MaterialSummary {
  id: string
  title: string
  kind: MaterialKind
  requiredSeconds: number
  /** The organisation times study (settings): 完成学习 waits for requiredSeconds. */
  timed: boolean
  points: number
  scope: 'organisation' | 'branch'
  publishedAt: Instant
  publisherName: string
  /** For the caller: not started, started (with server start time) or completed. */
  progress: 'new' | 'started' | 'completed'
}

export interface Material extends MaterialSummary {
  /** Article text: paragraphs separated by blank lines; `## ` starts a heading, `**bold**` emphasises. */
  body: string
  videoUrl: string | null
  videoFileID: string | null
  startedAt: Instant | null
  completedAt: Instant | null
}

export interface StudySession {
  materialId: string
  startedAt: Instant
  requiredSeconds: number
  timed: boolean
  completedAt: Instant | null
  serverNow: Instant
}

const requiredSeconds = integer('学习时长（秒）', 5, 7200)

const videoUrl = z
  .string({ invalid_type_error: '视频地址格式不正确' })
  .trim()
  .max(500, '视频地址过长')
  .regex(/^https:\/\/[^\s]+$/i, '视频地址必须以 https:// 开头')

const articleFields = {
  kind: z.literal('article'),
  title: text('标题', { min: 2, max: 60 }),
  body: text('正文', { min: 20, max: 20000 }),
  requiredSeconds,
}

const videoFields = {
  kind: z.literal('video'),
  title: text('标题', { min: 2, max: 60 }),
  body: text('简介', { max: 2000 }).optional(),
  videoUrl: videoUrl.optional(),
  videoFileID: fileId('视频文件').optional(),
  requiredSeconds,
}

const materialId = id('学习资料')

export const materialsContract = {
  /** Study materials the caller may study (organisation-wide and their branch), newest first. */
  listMaterials: action<MaterialSummary[]>()(emptyPayload()),
  getMaterial: action<Material>()(payload({ materialId })),
  /** Admin (organisation-wide) or secretary (own branch). */
  publishMaterial: action<Material>()(
    z.union([
      payload({ ...articleFields, requestId: formRequestId() }),
      payload({ ...videoFields, requestId: formRequestId() }),
    ]),
  ),
  /** Its publisher's side (admin; the branch's secretary for a branch material): new text, source or study time. */
  updateMaterial: action<Material>()(
    z.union([payload({ materialId, ...articleFields }), payload({ materialId, ...videoFields })]),
  ),
  /** Take a material down (下架): members no longer see it; points already earned stay. */
  withdrawMaterial: action<{ materialId: string }>()(payload({ materialId })),
  /** Opening a material: the server records when study started (once). */
  startStudy: action<StudySession>()(payload({ materialId })),
  /** 完成学习: granted only if the server's clock shows the required time has passed. */
  completeStudy: action<GrantResult>()(payload({ materialId })),
}
