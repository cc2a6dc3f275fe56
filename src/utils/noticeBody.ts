/**
 * The notice body's small markup, rendered by the app itself (no HTML):
 * `# ` heading, `- ` list item, a blank line between paragraphs, `**bold**` inline.
 */
export interface Inline {
  text: string
  bold: boolean
}

export type Block =
  { kind: 'heading'; inline: Inline[] } | { kind: 'item'; inline: Inline[] } | { kind: 'paragraph'; inline: Inline[] }

export const parseInline = (line: string): Inline[] =>
  line
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) =>
      /^\*\*[^*]+\*\*$/.test(part) ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false },
    )

export const parseBody = (body: string): Block[] =>
  body
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim())
    .map((line): Block => {
      if (/^#{1,3}\s+/.test(line)) return { kind: 'heading', inline: parseInline(line.replace(/^#{1,3}\s+/, '')) }
      if (/^\s*[-•]\s+/.test(line)) return { kind: 'item', inline: parseInline(line.replace(/^\s*[-•]\s+/, '')) }
      return { kind: 'paragraph', inline: parseInline(line) }
    })

/** `1.2 MB`, `320 KB` */
export const formatSize = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
