import type { TimeTickUnit } from '@shared/chart/timeTicks';
import { dayToIso } from '@shared/dates';

/** Axis labels in the person's locale; calendar days are UTC, as they are stored. */
const locale = typeof navigator !== 'undefined' ? navigator.language : 'en-US';

const TICK_FORMATS: Record<TimeTickUnit, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  week: new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }),
};

/** A time-axis tick: "Jan 12" for days and weeks, "Mar 2026" for months, "2026" for years. */
export function formatDayTick(day: number, unit: TimeTickUnit): string {
  return TICK_FORMATS[unit].format(Date.parse(`${dayToIso(day)}T00:00:00Z`));
}

const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

/** A value-axis tick: compact from ten thousand ("12K"), plain below ("0.25", "1,500"). */
export function formatValueTick(value: number, largest: number): string {
  return Math.abs(largest) >= 10_000 ? compact.format(value) : plain.format(value);
}
