/** Which character separates the decimals: "1,234.56" is '.', "1.234,56" is ','. */
export type DecimalSeparator = '.' | ',';

/** What a column's values say about its decimal separator. */
export interface DecimalEvidence {
  /** Values only readable with '.' as the decimal separator ("1.5", "1,234.5", "2e-3"). */
  dot: number;
  /** Values only readable with ',' ("1,5", "1.234,5", "0,125"). */
  comma: number;
  /** Values readable both ways with different results ("1,234", "1.234"). */
  ambiguous: number;
  dotExample?: string;
  commaExample?: string;
  ambiguousExample?: string;
}

export type DecimalDecision =
  | { kind: 'decided'; decimal: DecimalSeparator }
  | { kind: 'ask'; reason: 'ambiguous' | 'mixed'; evidence: DecimalEvidence };

/** Spaces of every width and apostrophes group thousands ("1 234,5", "1'234.5", "1 234"). */
const GROUPING = /(?<=\d)[\s\u00a0\u202f\u2009'’](?=\d)/g;

/** A leading quote that our own CSV export (or Excel) put before a formula-like cell. */
function unquote(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/** Trimmed, sign-less, without space or apostrophe grouping; `negative` when it had a minus. */
function normalise(raw: string): { body: string; negative: boolean } | null {
  let text = unquote(raw.trim()).replace(GROUPING, '');
  let negative = false;
  // Accounting negatives: "(1,234.50)".
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  const sign = text[0];
  if (sign === '-' || sign === '+' || sign === '\u2212') {
    if (negative) return null;
    negative = sign !== '+';
    text = text.slice(1);
  }
  return text ? { body: text, negative } : null;
}

const PLAIN = /^\d+$/;

/** What plainShape finds: */
export const SHAPE = {
  /** Anything but the shapes below: read by the general rules. */
  other: 0,
  /** -?\d{1,15} */
  whole: 1,
  /** -?\d{1,15}\.\d{1,15} */
  dot: 2,
  /** -?\d{1,15},\d{1,15} */
  comma: 3,
  /** Added to dot or comma for "1.234" or "1,234": a thousands group or three decimals. */
  groupShaped: 4,
} as const;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The shape of a plain number, told from its characters: most cells of a million-row file are
 * plain, and this costs less than the three regular expressions it replaces.
 */
export function plainShape(raw: string): number {
  const n = raw.length;
  const start = raw.charCodeAt(0) === 45 ? 1 : 0;
  let i = start;
  while (i < n && isDigit(raw.charCodeAt(i))) i++;
  const whole = i - start;
  if (whole < 1 || whole > 15) return SHAPE.other;
  if (i === n) return SHAPE.whole;
  const separator = raw.charCodeAt(i);
  if (separator !== 46 && separator !== 44) return SHAPE.other;
  const fractionStart = ++i;
  while (i < n && isDigit(raw.charCodeAt(i))) i++;
  const fraction = i - fractionStart;
  if (i !== n || fraction < 1 || fraction > 15) return SHAPE.other;
  const grouped = whole <= 3 && raw.charCodeAt(start) !== 48 && fraction === 3;
  return (separator === 46 ? SHAPE.dot : SHAPE.comma) + (grouped ? SHAPE.groupShaped : 0);
}
const DOT_DECIMAL = /^(?:\d+|[1-9]\d{0,2}(?:,\d{3})+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const COMMA_DECIMAL = /^(?:\d+|[1-9]\d{0,2}(?:\.\d{3})+)?(?:,\d+)?$/;

function readAs(body: string, decimal: DecimalSeparator): number | null {
  if (!/\d/.test(body)) return null;
  if (decimal === '.') {
    if (!DOT_DECIMAL.test(body)) return null;
    return Number(body.replace(/,/g, ''));
  }
  if (!COMMA_DECIMAL.test(body)) return null;
  return Number(body.replace(/\./g, '').replace(',', '.'));
}

/**
 * Reads a number written either way, or null when `raw` is not a number under `decimal`.
 * Accepts signs (also the Unicode minus), exponents ("1e-9", with '.'), thousands grouped by the
 * other separator, spaces or apostrophes, and accounting parentheses.
 */
export function parseLocaleNumber(raw: string, decimal: DecimalSeparator): number | null {
  // Most cells of a million-row file are plain: read them without the general rules below.
  const shape = plainShape(raw);
  if (shape === SHAPE.whole) return Number(raw);
  if (shape !== SHAPE.other && shape % 4 === (decimal === '.' ? SHAPE.dot : SHAPE.comma)) {
    return Number(decimal === '.' ? raw : raw.replace(',', '.'));
  }
  const n = normalise(raw);
  if (!n) return null;
  const value = readAs(n.body, decimal);
  if (value === null || !Number.isFinite(value)) return null;
  return n.negative ? -value : value;
}

/** Adds one value's testimony about the separator to `evidence`. */
export function addDecimalEvidence(evidence: DecimalEvidence, raw: string): void {
  const shape = plainShape(raw);
  if (shape === SHAPE.whole) return;
  if (shape === SHAPE.dot || shape === SHAPE.comma) {
    // One separator, not in the thousands position: it can only be the decimal one.
    if (raw.includes('.')) {
      evidence.dot++;
      evidence.dotExample ??= raw;
    } else {
      evidence.comma++;
      evidence.commaExample ??= raw;
    }
    return;
  }
  const n = normalise(raw);
  if (!n || PLAIN.test(n.body)) return;
  const asDot = readAs(n.body, '.');
  const asComma = readAs(n.body, ',');
  if (asDot !== null && asComma !== null) {
    if (asDot !== asComma) {
      evidence.ambiguous++;
      evidence.ambiguousExample ??= raw.trim();
    }
  } else if (asDot !== null) {
    evidence.dot++;
    evidence.dotExample ??= raw.trim();
  } else if (asComma !== null) {
    evidence.comma++;
    evidence.commaExample ??= raw.trim();
  }
}

export function emptyDecimalEvidence(): DecimalEvidence {
  return { dot: 0, comma: 0, ambiguous: 0 };
}

/**
 * Decides a column's separator from all its values. Values that only one reading accepts decide;
 * when there are none, but some read differently each way ("1,234"), the person is asked; a column
 * with both kinds is mixed, and the person is asked too (the rows that do not fit their choice are
 * then listed as errors).
 */
export function decideDecimal(evidence: DecimalEvidence): DecimalDecision {
  if (evidence.dot > 0 && evidence.comma > 0) return { kind: 'ask', reason: 'mixed', evidence };
  if (evidence.dot > 0) return { kind: 'decided', decimal: '.' };
  if (evidence.comma > 0) return { kind: 'decided', decimal: ',' };
  if (evidence.ambiguous > 0) return { kind: 'ask', reason: 'ambiguous', evidence };
  // Only whole numbers: either reading gives the same values.
  return { kind: 'decided', decimal: '.' };
}
