/**
 * The notice body is plain text with a small, safe markup the app renders
 * itself (no HTML reaches the page): `# ` headings, `- ` list items and
 * `**bold**`. The excerpt drops the markup.
 */
export const EXCERPT_LENGTH = 60

export const excerptOf = (body: string): string => {
  const plain = body
    .split('\n')
    .map((line) => line.replace(/^\s*(#{1,3}|-|\d+\.)\s+/, '').trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\*\*(.+?)\*\*/g, '$1')
  return plain.length > EXCERPT_LENGTH ? `${plain.slice(0, EXCERPT_LENGTH)}…` : plain
}
