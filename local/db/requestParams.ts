/**
 * Reading the raw parameters of one SDK request. Every EJSON field is decoded
 * here with a single `now`, so all db.serverDate() markers in one request get
 * the same instant (as on the server).
 */
import { decodeRequestValue, type Doc } from './codec'
import { invalidParam } from './errors'

export class RequestParams {
  readonly now = Date.now()
  private readonly raw: Record<string, unknown>

  constructor(params: unknown) {
    if (params !== undefined && (params === null || typeof params !== 'object'))
      throw invalidParam('request parameters must be an object')
    this.raw = (params ?? {}) as Record<string, unknown>
  }

  get collection(): string {
    const name = this.raw.collectionName
    if (typeof name !== 'string' || !name) throw invalidParam('collectionName is required')
    return name
  }

  get transactionId(): string | undefined {
    const id = this.raw.transactionId
    return typeof id === 'string' && id ? id : undefined
  }

  get isDocQuery(): boolean {
    return this.raw.queryType === 'DOC'
  }

  flag(name: 'multi' | 'merge' | 'upsert', fallback: boolean): boolean {
    const v = this.raw[name]
    return typeof v === 'boolean' ? v : fallback
  }

  number(name: 'offset' | 'limit'): number | undefined {
    const v = this.raw[name]
    if (v === undefined || v === null) return undefined
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      throw invalidParam(`${name} must be a non-negative integer`)
    return v
  }

  /** An EJSON object field (query, order, projection, data); empty string or absent = undefined. */
  object(name: string): Doc | undefined {
    const v = this.raw[name]
    if (v === undefined || v === null || v === '') return undefined
    const decoded = decodeRequestValue(v, this.now, name)
    if (decoded === null || typeof decoded !== 'object' || Array.isArray(decoded))
      throw invalidParam(`${name} must be an object`)
    return decoded as Doc
  }

  /**
   * The query of an update or remove. A collection-wide update()/remove()
   * without where() sends no query (or an empty one): the cloud refuses it
   * with INVALID_PARAM (WeChat: Collection.remove "只支持通过匹配 where 语句来删除";
   * CloudBase node-sdk suite: "验证 无 query update"). `where({})` is explicit and allowed.
   */
  writeFilter(action: 'update' | 'remove'): Doc {
    const query = this.object('query')
    if (query === undefined && !this.isDocQuery) throw invalidParam(`${action} needs a where() condition`)
    return query ?? {}
  }

  /** insertDocument's data: an array of EJSON document strings. */
  documents(): Doc[] {
    const data = this.raw.data
    if (!Array.isArray(data) || data.length === 0) throw invalidParam('insertDocument data must be a non-empty array')
    return data.map((item, i) => {
      const doc = decodeRequestValue(item, this.now, `data[${i}]`)
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw invalidParam(`data[${i}] must be an object`)
      return doc as Doc
    })
  }

  get stages(): unknown {
    return this.raw.stages
  }
}
