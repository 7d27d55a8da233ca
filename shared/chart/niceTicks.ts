/**
 * "Nice" axis ticks (1, 2, 2.5 or 5 × a power of ten), the steps a person reads without effort.
 * Computed here rather than left to the chart library because the axis must also hold the
 * baseline and the target, and the target zone is drawn to the axis' edge.
 */

const STEPS = [1, 2, 2.5, 5, 10] as const;

/** The smallest nice step that splits `span` into at most `maxIntervals` intervals. */
export function niceStep(span: number, maxIntervals: number): number {
  const raw = span / Math.max(1, maxIntervals);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const s of STEPS) {
    // A relative tolerance: 0.30000000000000004 / 0.1 must still count as 3, not 3.0000001.
    if (s * power >= raw * (1 - 1e-9)) return s * power;
  }
  return 10 * power;
}

/** Rounds away floating-point noise (0.1 + 0.2, or 5.5e-17 for zero) at the step's scale. */
function clean(x: number, step: number): number {
  if (Math.abs(x) < step * 1e-6) return 0;
  // Enough significant digits to tell ticks one step apart, plus three; no more.
  const digits = Math.ceil(Math.log10(Math.abs(x) / step)) + 3;
  return Number(x.toPrecision(Math.min(17, Math.max(1, digits))));
}

/**
 * Ticks from a multiple of the step at or below `min` to one at or above `max`, about `count`
 * of them. The first and last tick are the axis' domain. When min = max (a flat series on its
 * target) the range is widened around the value so the line is not drawn on the frame.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  // A span below the values' floating-point resolution (or below any normal double) is no span:
  // treat it as flat.
  if (hi - lo <= 1e-12 * Math.max(Math.abs(lo), Math.abs(hi)) || hi - lo < 1e-300) {
    const mid = (lo + hi) / 2;
    // ±10 % of the value; ±1 around zero or a value too small for 10 % of it to be a number.
    const pad = Math.abs(mid) > 1e-300 ? Math.abs(mid) * 0.1 : 1;
    lo = mid - pad;
    hi = mid + pad;
  }
  const step = niceStep(hi - lo, Math.max(1, count - 1));
  // Count in whole steps: adding the step repeatedly drifts on large values (revenue in cents).
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= last; k += 1) ticks.push(clean(k * step, step));
  return ticks;
}
