/** Locale-aware formatting: the person's locale, the portfolio's currency. */
const locale = typeof navigator !== 'undefined' ? navigator.language : 'en-US';

const moneyOptions = (currency: string, compact: boolean): Intl.NumberFormatOptions => ({
  style: 'currency',
  currency,
  notation: compact ? 'compact' : 'standard',
  maximumFractionDigits: compact ? 1 : 0,
});
const numberOptions = (maximumFractionDigits: number): Intl.NumberFormatOptions => ({
  maximumFractionDigits,
});
const PERCENT_OPTIONS: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };
const DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
};
const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

/**
 * What the memoised formats' texts depend on besides the locale, the engine and the value: their
 * options. A memo made under other options is not used (see firstScreen/formatMemo.ts).
 */
export const FORMATS_SIGNATURE = JSON.stringify([
  moneyOptions('¤', false),
  moneyOptions('¤', true),
  numberOptions(1),
  PERCENT_OPTIONS,
  DATE_OPTIONS,
]);

/**
 * Texts already formatted, by what they format. The first screen sets one while it draws
 * (firstScreen/formatMemo.ts): the first Intl object a page makes costs a small machine 15-25 ms
 * (the engine loads its locale data), a fifth of the first screen's time, for a dozen figures and
 * dates it formatted alike last time. While set, each format below looks its text up before
 * asking Intl, and notes every text it gives. The app itself never sets one.
 */
export interface FormatMemo {
  known: ReadonlyMap<string, string>;
  given: Map<string, string>;
}

let memo: FormatMemo | null = null;

export function setFormatMemo(next: FormatMemo | null): void {
  memo = next;
}

/** A number as a memo's key names it: -0 apart from 0, as Intl formats them apart. */
const valueKey = (value: number) => (Object.is(value, -0) ? '-0' : String(value));

function memoized(key: string, format: () => string): string {
  if (!memo) return format();
  const text = memo.known.get(key) ?? format();
  memo.given.set(key, text);
  return text;
}

const cache = new Map<string, Intl.NumberFormat>();
/** The format for `key`, made with `options()` the first time: no options object per call. */
function numberFormat(key: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options());
    cache.set(key, format);
  }
  return format;
}

export function formatMoney(value: number, currency: string, compact = false): string {
  const key = `money:${currency}:${compact}`;
  const format = () => numberFormat(key, () => moneyOptions(currency, compact)).format(value);
  // The memo's key only where there is a memo: a dashboard formats thousands of figures.
  return memo ? memoized(`${key}:${valueKey(value)}`, format) : format();
}

export function formatNumber(value: number, maximumFractionDigits = 2): string {
  const key = `num:${maximumFractionDigits}`;
  const format = () => numberFormat(key, () => numberOptions(maximumFractionDigits)).format(value);
  return memo ? memoized(`${key}:${valueKey(value)}`, format) : format();
}

export function formatPercent(ratio: number): string {
  const format = () => numberFormat('pct', () => PERCENT_OPTIONS).format(ratio);
  return memo ? memoized(`pct:${valueKey(ratio)}`, format) : format();
}

// Made on first use, not when the module loads: the first screen loads this module while its
// IndexedDB reads are under way — their answers would wait for it (see FormatMemo).
let dateFormat: Intl.DateTimeFormat | null = null;
let dateTimeFormat: Intl.DateTimeFormat | null = null;
/**
 * Dates already formatted: a dashboard shows the same few hundred days thousands of times (every
 * pilot's start, review and end, every decision). Bounded: emptied when it grows past the limit.
 */
const dateTexts = new Map<string, string>();
const DATE_TEXTS_LIMIT = 10_000;

/** Formats an ISO `YYYY-MM-DD` date (a calendar day, so in UTC) or returns the fallback. */
export function formatDate(iso: string | null | undefined, fallback = '—'): string {
  if (!iso) return fallback;
  const known = memo ? undefined : dateTexts.get(iso);
  if (known !== undefined) return known;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) return fallback;
  const format = () => {
    dateFormat ??= new Intl.DateTimeFormat(locale, DATE_OPTIONS);
    return dateFormat.format(ms);
  };
  if (memo) return memoized(`date:${iso}`, format);
  const text = format();
  if (dateTexts.size >= DATE_TEXTS_LIMIT) dateTexts.clear();
  dateTexts.set(iso, text);
  return text;
}

/** In the local time zone, which may change between two runs: never memoised. */
export function formatDateTime(isoDateTime: string): string {
  const ms = Date.parse(isoDateTime);
  if (Number.isNaN(ms)) return isoDateTime;
  dateTimeFormat ??= new Intl.DateTimeFormat(locale, DATE_TIME_OPTIONS);
  return dateTimeFormat.format(ms);
}
