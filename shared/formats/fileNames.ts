/** Characters Windows, macOS or Linux refuse in a file name. */
const REFUSED = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);

/**
 * A portfolio name made safe as the start of a file name: refused and control characters become
 * "-", runs of spaces one space, no leading or trailing dots or spaces (Windows drops them), at
 * most 100 characters. Unicode letters stay: "Zürich 東京" is a fine file name everywhere.
 */
export function safeFileStem(name: string): string {
  let out = '';
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0;
    out += REFUSED.has(ch) || code < 0x20 || code === 0x7f ? '-' : ch;
  }
  const cleaned = out
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 100);
  return cleaned || 'portfolio';
}
