/**
 * Axis labels laid out without the DOM. Recharts' own labels measure every word in the page (a
 * forced layout per label, some 15-30 ms of each chart with names on an axis); the app measures
 * text on a canvas instead and hands the widths here.
 */

/** The width of `text` as drawn (in CSS pixels). */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';

/** `text` cut at the end to fit `width` with an ellipsis (just the ellipsis when nothing fits). */
export function truncateToWidth(text: string, width: number, measure: MeasureText): string {
  if (measure(text) <= width) return text;
  let end = text.length;
  while (end > 0 && measure(`${text.slice(0, end).trimEnd()}${ELLIPSIS}`) > width) end -= 1;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * `text` in at most `maxLines` lines no wider than `width`, broken between words as Recharts'
 * label does; a word wider than the width has a line of its own. What does not fit the last line
 * ends it with an ellipsis (`truncated`: the label should carry the full text as its title).
 */
export function wrapLabel(
  text: string,
  width: number,
  measure: MeasureText,
  maxLines = 2,
): { lines: string[]; truncated: boolean } {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines - 1) {
    let line = words[i] ?? '';
    i += 1;
    while (i < words.length && measure(`${line} ${words[i] ?? ''}`) <= width) {
      line = `${line} ${words[i] ?? ''}`;
      i += 1;
    }
    lines.push(line);
  }
  if (i < words.length) {
    const rest = words.slice(i).join(' ');
    const last = truncateToWidth(rest, width, measure);
    lines.push(last);
    return { lines, truncated: last !== rest };
  }
  return { lines, truncated: false };
}

/**
 * How many labels to skip between two shown (Recharts' numeric `interval`) so that `count`
 * labels, the widest `labelWidth` wide, keep `gap` between them on an axis `axisWidth` long.
 */
export function labelInterval(
  count: number,
  labelWidth: number,
  axisWidth: number,
  gap = 8,
): number {
  if (count <= 1 || axisWidth <= 0) return 0;
  const slot = axisWidth / count;
  return Math.max(0, Math.ceil((labelWidth + gap) / slot) - 1);
}
