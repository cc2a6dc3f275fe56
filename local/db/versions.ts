/**
 * What snapshot isolation needs to know about committed writes, kept in
 * memory and only while a transaction is open (nothing to keep otherwise: a
 * transaction that starts later sees the store as it is).
 *
 * Every committed write request (a plain write, or a transaction's commit)
 * takes the next number of a commit sequence. A transaction starts at the
 * current number. Per document we keep the number of its last committed write
 * (a write to it conflicts when that number is newer than the transaction's
 * start) and the texts it had before each write since the oldest open
 * transaction started (the snapshot read: the version a transaction that
 * started at `start` sees is the text before the first write after `start`).
 */
import type { WriteObserver, WrittenDoc } from './sqlStore'

interface BeforeImage {
  /** Sequence number of the write that replaced this text. */
  until: number
  /** Stored text before that write (null = absent). */
  text: string | null
}

export const docKey = (collection: string, id: unknown): string => `${collection}\u0000${String(id)}`

export class Versions implements WriteObserver {
  private seq = 0
  private readonly lastWrite = new Map<string, number>()
  private readonly history = new Map<string, BeforeImage[]>()

  constructor(private readonly openTransactions: { any(): boolean; oldestStart(): number | undefined }) {}

  /** The sequence number a transaction starting now reads at. */
  get current(): number {
    return this.seq
  }

  wants(): boolean {
    return this.openTransactions.any()
  }

  committed(writes: WrittenDoc[]): void {
    const seq = ++this.seq
    for (const w of writes) {
      const key = docKey(w.collection, w.id)
      if (this.lastWrite.get(key) === seq) continue // written twice by one request: the first before-image stands
      this.lastWrite.set(key, seq)
      const images = this.history.get(key)
      if (images) images.push({ until: seq, text: w.before })
      else this.history.set(key, [{ until: seq, text: w.before }])
    }
  }

  /** Whether the document was written (by anyone) after `start`. */
  changedSince(key: string, start: number): boolean {
    return (this.lastWrite.get(key) ?? 0) > start
  }

  /** The stored text as of `start`; `current` reads the store when nothing newer was written. */
  textAsOf(key: string, start: number, current: () => string | null): string | null {
    if (!this.changedSince(key, start)) return current()
    const image = this.history.get(key)!.find((i) => i.until > start)!
    return image.text
  }

  /** Forgets what no open transaction can ask about any more. */
  prune(): void {
    const oldest = this.openTransactions.oldestStart()
    if (oldest === undefined) {
      this.lastWrite.clear()
      this.history.clear()
      return
    }
    for (const [key, seq] of this.lastWrite) {
      if (seq > oldest) continue
      this.lastWrite.delete(key)
      this.history.delete(key)
    }
    for (const [key, images] of this.history) {
      if (images[0].until <= oldest)
        this.history.set(
          key,
          images.filter((i) => i.until > oldest),
        )
    }
  }
}
