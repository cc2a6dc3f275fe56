/**
 * `_id` is `fileKey(fileID)`: who stored a file and what it is. A file without
 * this record (never accepted) is served to nobody.
 */
export interface FileDoc {
  _id: string
  fileID: string
  /** The member who uploaded it, or for whom an export was made. */
  ownerId: string
  name: string
  mime: string
  inline: boolean
  size: number
  createdAt: Date
  /** Exports: readable by their owner until then; uploads: null. */
  expiresAt: Date | null
}
