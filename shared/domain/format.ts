/**
 * Locale-independent formatting for the sentences the domain writes (recommendation reasons,
 * health). A reason is frozen into a decision's snapshot and read back years later on another
 * machine, so it must not depend on the reader's locale; and tests assert the exact strings.
 * The UI formats numbers for the person's locale; these sentences deliberately do not.
 */

/** Up to `maxDecimals` decimals, trailing zeros dropped, no grouping: 25.5, 14, 0.33. */
export function formatNumber(x: number, maxDecimals = 2): string {
  if (!Number.isFinite(x)) return String(x);
  const fixed = x.toFixed(maxDecimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  // toFixed keeps the sign of tiny negatives ("-0.00" → "-0"); a reader would see a phantom sign.
  return trimmed === '-0' ? '0' : trimmed;
}

/** A number with its unit: "25.5 min", "12 %", or the bare number when the unit is empty. */
export function formatQuantity(x: number, unit: string): string {
  const n = formatNumber(x);
  return unit.trim() === '' ? n : `${n} ${unit.trim()}`;
}

/** With a leading "+" for positive numbers, so a change reads as a change: "+3", "-1.5", "0". */
export function formatSigned(text: string, x: number): string {
  return x > 0 && !text.startsWith('+') ? `+${text}` : text;
}

/**
 * A share as a percentage, whole numbers from 1 % up ("80 %", "140 %"), one decimal below that so
 * a small but real change does not read as nothing ("0.4 %").
 */
export function formatPercent(share: number): string {
  const pct = share * 100;
  const text = Math.abs(pct) >= 1 ? formatNumber(Math.round(pct), 0) : formatNumber(pct, 1);
  return `${text} %`;
}

/** A signed percentage change: "+140 %", "-1 %", "0 %". */
export function formatSignedPercent(share: number): string {
  return formatSigned(formatPercent(share), share);
}

/** A ratio such as ROI with one decimal and a multiplication sign: "2.4×". */
export function formatRatio(x: number): string {
  return `${x.toFixed(1)}×`;
}

/**
 * Decimals needed so that `x` and the threshold it is compared with do not print the same when
 * they differ: a ROI of 1.46 against a minimum of 1.5 must not read "1.5× (minimum 1.5×)".
 */
function decimalsToTellApart(x: number, threshold: number, start: number): number {
  let d = start;
  while (d < 4 && x !== threshold && x.toFixed(d) === threshold.toFixed(d)) d += 1;
  return d;
}

/** {@link formatRatio}, with more decimals when one would hide the difference from `threshold`. */
export function formatRatioAgainst(x: number, threshold: number): string {
  return `${formatNumber(x, decimalsToTellApart(x, threshold, 1)).replace(/^(-?\d+)$/, '$1.0')}×`;
}

/** {@link formatPercent}, with more decimals when rounding would hide the difference from `threshold`. */
export function formatPercentAgainst(share: number, thresholdShare: number): string {
  const pct = share * 100;
  const threshold = thresholdShare * 100;
  if (Math.abs(pct) < 1 || Math.round(pct) !== Math.round(threshold) || pct === threshold) {
    return formatPercent(share);
  }
  return `${formatNumber(pct, decimalsToTellApart(pct, threshold, 1))} %`;
}

/** A span of days as a person says it: "1 day", "10 days", "3 weeks" (whole weeks from 14 days). */
export function formatDuration(days: number): string {
  const d = Math.abs(Math.round(days));
  if (d < 14) return `${d} ${d === 1 ? 'day' : 'days'}`;
  return `${Math.floor(d / 7)} weeks`;
}

/** "1 measurement", "4 measurements". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
