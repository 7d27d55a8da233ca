/**
 * The 95th percentile of Student's t distribution — the multiplier for a two-sided 90 % confidence
 * interval — for any degrees of freedom ≥ 1.
 *
 * Pilots have few measurements (often 4 to 12), where the t distribution is much wider than the
 * normal one (df 3: 2.353 against 1.645), so the small-sample values matter and are tabulated
 * exactly (to 6 decimals, from scipy.stats.t.ppf(0.95, df)). Beyond df 30 the Cornish–Fisher
 * expansion of t in terms of the normal quantile is accurate to better than 1e-8.
 */
const T95_BY_DF: readonly number[] = [
  Number.NaN, // df 0: no interval from a single measurement
  6.313752,
  2.919986,
  2.353363,
  2.131847,
  2.015048,
  1.94318,
  1.894579,
  1.859548,
  1.833113,
  1.812461,
  1.795885,
  1.782288,
  1.770933,
  1.76131,
  1.75305,
  1.745884,
  1.739607,
  1.734064,
  1.729133,
  1.724718,
  1.720743,
  1.717144,
  1.713872,
  1.710882,
  1.708141,
  1.705618,
  1.703288,
  1.701131,
  1.699127,
  1.697261,
];

/** The normal distribution's 95th percentile, the limit of t as df → ∞. */
export const Z95 = 1.6448536269514722;

/** t₀.₉₅ for `df` degrees of freedom (df ≥ 1; non-integer df is rounded down, the safer side). */
export function tQuantile95(df: number): number {
  if (!(df >= 1)) throw new RangeError(`Degrees of freedom must be at least 1, got ${df}`);
  if (df === Number.POSITIVE_INFINITY) return Z95;
  const whole = Math.floor(df);
  const tabulated = T95_BY_DF[whole];
  if (tabulated !== undefined) return tabulated;
  // Cornish–Fisher (Abramowitz & Stegun 26.7.5), four correction terms.
  const z = Z95;
  const z2 = z * z;
  const z3 = z2 * z;
  const z5 = z3 * z2;
  const z7 = z5 * z2;
  const z9 = z7 * z2;
  const v = whole;
  return (
    z +
    (z3 + z) / (4 * v) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * v ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92_160 * v ** 4)
  );
}
