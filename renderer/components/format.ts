/** Locale-aware formatting: the person's locale, the portfolio's currency. */
const locale = typeof navigator !== 'undefined' ? navigator.language : 'en-US';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

export function formatMoney(value: number, currency: string, compact = false): string {
  const key = `money:${currency}:${compact}`;
  return numberFormat(key, {
    style: 'currency',
    currency,
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: compact ? 1 : 0,
  }).format(value);
}

export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return numberFormat(`num:${maximumFractionDigits}`, { maximumFractionDigits }).format(value);
}

export function formatPercent(ratio: number): string {
  return numberFormat('pct', { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

// Made on first use, not when the module loads: the first Intl object a page makes costs a small
// machine 15-25 ms (the engine loads its locale data), and the first screen (renderer/firstScreen)
// loads this module while its IndexedDB reads are under way — their answers would wait for it.
let dateFormat: Intl.DateTimeFormat | null = null;
let dateTimeFormat: Intl.DateTimeFormat | null = null;

/** Formats an ISO `YYYY-MM-DD` date (a calendar day, so in UTC) or returns the fallback. */
export function formatDate(iso: string | null | undefined, fallback = '—'): string {
  if (!iso) return fallback;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) return fallback;
  dateFormat ??= new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return dateFormat.format(ms);
}

export function formatDateTime(isoDateTime: string): string {
  const ms = Date.parse(isoDateTime);
  if (Number.isNaN(ms)) return isoDateTime;
  dateTimeFormat ??= new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return dateTimeFormat.format(ms);
}
