import { z } from 'zod'

/**
 * Schema builders for the contract. Every message is Chinese and names the
 * field, because it is shown to the user as is.
 */

/** Document ids: our own 32-hex ids and readable natural keys, never objects or operators. */
export const id = (label = '编号') =>
  z
    .string({ required_error: `缺少${label}`, invalid_type_error: `${label}格式不正确` })
    .regex(/^[A-Za-z0-9_:.-]{1,80}$/, `${label}格式不正确`)

export interface TextOptions {
  min?: number
  max: number
}

/** Trimmed user text with Chinese length messages. */
export const text = (label: string, { min = 1, max }: TextOptions) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}格式不正确` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少需要 ${min} 个字`)
    .max(max, `${label}不能超过 ${max} 个字`)

export const optionalText = (label: string, max: number) =>
  z
    .string({ invalid_type_error: `${label}格式不正确` })
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .optional()

/** Whole numbers in a range: rejects NaN, Infinity, fractions and numeric strings. */
export const integer = (label: string, min: number, max: number) =>
  z
    .number({ required_error: `请填写${label}`, invalid_type_error: `${label}必须是数字` })
    .int(`${label}必须是整数`)
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`)

export const finite = (label: string, min: number, max: number) =>
  z
    .number({ required_error: `请填写${label}`, invalid_type_error: `${label}必须是数字` })
    .finite(`${label}必须是有效数字`)
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`)

/** An ISO-8601 instant (from `Date#toISOString()` or with an offset). */
export const instant = (label: string) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}格式不正确` })
    .datetime({ offset: true, message: `${label}格式不正确` })

/** A calendar day `2026-11-30` that exists (`2026-02-30` does not). */
export const calendarDay = (label: string) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}格式不正确` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式不正确，应为 2026-11-30`)
    .refine((value) => {
      const at = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(value)
    }, `${label}不是有效日期`)

export const phone = () =>
  z
    .string({ required_error: '请填写手机号', invalid_type_error: '手机号格式不正确' })
    .trim()
    .regex(/^1\d{10}$/, '手机号格式不正确')

export const list = <T extends z.ZodTypeAny>(label: string, item: T, max: number) =>
  z
    .array(item, { invalid_type_error: `${label}格式不正确`, required_error: `请填写${label}` })
    .max(max, `${label}最多 ${max} 项`)

/** Payload objects reject unknown keys, which also stops `__proto__` and `constructor`. */
export const payload = <T extends z.ZodRawShape>(shape: T) =>
  z.object(shape, { invalid_type_error: '请求内容必须是对象', required_error: '缺少请求内容' }).strict()

export const emptyPayload = () => payload({})

/** A cloud storage fileID the client uploaded. */
export const fileId = (label: string) =>
  z
    .string({ invalid_type_error: `${label}格式不正确` })
    .min(1, `${label}格式不正确`)
    .max(500, `${label}格式不正确`)

/** Generated once per form: a retried submission answers the record it already made. */
export const formRequestId = () => id('请求编号').optional()

const OUT_OF_CHOICES = (field: string) => `${field}取值不正确`

/** The Chinese wording of each kind of issue; anything else reads 格式不正确. */
const WORDING: Partial<Record<z.ZodIssueCode, (field: string, issue: z.ZodIssueOptionalMessage) => string>> = {
  unrecognized_keys: (field, issue) =>
    `${field}包含不支持的字段：${issue.code === 'unrecognized_keys' ? issue.keys.join('、') : ''}`,
  invalid_type: (field, issue) =>
    issue.code === 'invalid_type' && issue.received === 'undefined' ? `缺少${field}` : `${field}类型不正确`,
  invalid_enum_value: OUT_OF_CHOICES,
  invalid_literal: OUT_OF_CHOICES,
  invalid_union: OUT_OF_CHOICES,
  invalid_union_discriminator: OUT_OF_CHOICES,
  too_big: (field) => `${field}超出允许范围`,
  too_small: (field) => `${field}不足最小要求`,
}

/** Chinese fallback for any issue a builder above did not word itself. */
export const chineseErrorMap: z.ZodErrorMap = (issue) => {
  const field = issue.path.length ? `「${issue.path.join('.')}」` : '请求内容'
  const word = WORDING[issue.code]
  return { message: word ? word(field, issue) : `${field}格式不正确` }
}

/** The path of the first issue (`title`, `categories.2.dailyCap`), or undefined for the payload as a whole. */
export const zodErrorField = (error: z.ZodError): string | undefined => error.issues[0]?.path.join('.') || undefined

/** First issue as a user-facing sentence. */
export const describeZodError = (error: z.ZodError): string => {
  const issue = error.issues[0]
  return issue ? issue.message : '提交的内容有误'
}
