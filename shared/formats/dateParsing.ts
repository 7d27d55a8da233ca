import { dayToIso, isoToDay } from '../dates';

/** The order of day and month in dates written like "03/04/2026". */
export type DayMonthOrder = 'dmy' | 'mdy';

export interface DateEvidence {
  /** Dates only readable as day/month ("25/12/2026"). */
  dmy: number;
  /** Dates only readable as month/day ("12/25/2026"). */
  mdy: number;
  /** Dates that mean different days read each way ("03/04/2026"). */
  ambiguous: number;
  dmyExample?: string;
  mdyExample?: string;
  ambiguousExample?: string;
}

export type DateOrderDecision =
  | { kind: 'decided'; order: DayMonthOrder }
  | { kind: 'ask'; reason: 'ambiguous' | 'mixed'; evidence: DateEvidence };

/** ISO and year-first dates, with an optional time that is ignored (a measurement is per day). */
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
/** Day and month in either order, then a four-digit year. */
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T\s].*)?$/;

function dayOf(year: string, month: string, day: string): number | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  try {
    const result = isoToDay(iso);
    // Date.UTC reads the years 0–99 as 1900–1999: "0026-01-31" is refused, not read as 1926.
    return dayToIso(result) === iso ? result : null;
  } catch {
    return null;
  }
}

function clean(raw: string): string {
  const text = raw.trim();
  return text.startsWith("'") ? text.slice(1) : text;
}

/**
 * Reads a date as a day number (days since 1970-01-01), or null when it is not a calendar date.
 * Year-first dates are always year-month-day; dates with the year last are read in `order`.
 * Two-digit years are refused rather than guessed (is "26" 1926 or 2026?).
 */
export function parseFlexibleDate(raw: string, order: DayMonthOrder): number | null {
  const text = clean(raw);
  const first = YEAR_FIRST.exec(text);
  if (first) return dayOf(first[1] as string, first[2] as string, first[3] as string);
  const last = YEAR_LAST.exec(text);
  if (!last) return null;
  const [a, b, year] = [last[1] as string, last[2] as string, last[3] as string];
  return order === 'dmy' ? dayOf(year, b, a) : dayOf(year, a, b);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by `count` digits at `from`, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * "2026-01-31", the shape most files use a million times, read without a regular expression or
 * a string made: the day it is, or undefined when `text` is not exactly that shape with a year from
 * 1000 and a real day (then parseFlexibleDate reads it, and says the same for the shapes read here).
 */
export function readIsoDayQuickly(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    return undefined;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (DAYS_IN_MONTH[month - 1] as number) + (leap ? 1 : 0)) return undefined;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function emptyDateEvidence(): DateEvidence {
  return { dmy: 0, mdy: 0, ambiguous: 0 };
}

export function addDateEvidence(evidence: DateEvidence, raw: string): void {
  const text = clean(raw);
  const last = YEAR_LAST.exec(text);
  if (!last) return;
  const asDmy = parseFlexibleDate(text, 'dmy');
  const asMdy = parseFlexibleDate(text, 'mdy');
  if (asDmy !== null && asMdy !== null) {
    if (asDmy !== asMdy) {
      evidence.ambiguous++;
      evidence.ambiguousExample ??= text;
    }
  } else if (asDmy !== null) {
    evidence.dmy++;
    evidence.dmyExample ??= text;
  } else if (asMdy !== null) {
    evidence.mdy++;
    evidence.mdyExample ??= text;
  }
}

/** Like decideDecimal: dates that fit only one order decide; otherwise the person is asked. */
export function decideDateOrder(evidence: DateEvidence): DateOrderDecision {
  if (evidence.dmy > 0 && evidence.mdy > 0) return { kind: 'ask', reason: 'mixed', evidence };
  if (evidence.dmy > 0) return { kind: 'decided', order: 'dmy' };
  if (evidence.mdy > 0) return { kind: 'decided', order: 'mdy' };
  if (evidence.ambiguous > 0) return { kind: 'ask', reason: 'ambiguous', evidence };
  return { kind: 'decided', order: 'dmy' };
}
