/**
 * Largest-triangle-three-buckets (LTTB) downsampling on typed arrays, after Sveinn Steinarsson,
 * "Downsampling Time Series for Visual Representation" (2013).
 *
 * A chart cannot show more points than it has pixels, and handing 100,000 points to an SVG
 * library costs seconds; LTTB keeps the points that shape the line (each bucket's point spanning
 * the largest triangle with its neighbours), so the thinned line looks like the full one. Plain
 * LTTB may still drop the single highest or lowest value inside a bucket, and a chart that hides
 * the worst week is not honest — so the global minimum and maximum are always added back.
 */

/** Anything indexable by position with a length: Float64Array, number[]… */
export interface NumericColumn {
  readonly length: number;
  readonly [index: number]: number;
}

function identity(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) out[i] = i;
  return out;
}

/** Positions of the first minimum and the first maximum of `ys`. */
function extremes(ys: NumericColumn): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (let i = 1; i < ys.length; i += 1) {
    const y = ys[i] as number;
    if (y < (ys[min] as number)) min = i;
    if (y > (ys[max] as number)) max = i;
  }
  return { min, max };
}

/** `sorted` (ascending, unique) with `extra` positions merged in, still ascending and unique. */
function withPositions(sorted: Uint32Array, extra: readonly number[]): Uint32Array {
  const missing = [...new Set(extra)].filter((p) => !binaryHas(sorted, p)).sort((a, b) => a - b);
  if (missing.length === 0) return sorted;
  const out = new Uint32Array(sorted.length + missing.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < sorted.length || j < missing.length) {
    const next =
      j >= missing.length || (i < sorted.length && (sorted[i] as number) < (missing[j] as number))
        ? (sorted[i++] as number)
        : (missing[j++] as number);
    out[k++] = next;
  }
  return out;
}

function binaryHas(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The positions LTTB keeps, ascending: at most `threshold + 2` of them (the bucket picks plus the
 * global minimum and maximum when the buckets missed them), always including the first and the
 * last point. With `threshold` ≥ the number of points every position is kept. `xs` must be
 * ascending. A threshold below 2 is treated as 2: first and last are the least a line needs.
 */
export function lttbIndices(xs: NumericColumn, ys: NumericColumn, threshold: number): Uint32Array {
  const n = Math.min(xs.length, ys.length);
  const target = Math.max(2, Math.floor(Number.isFinite(threshold) ? threshold : n));
  if (n <= target) return identity(n);

  const { min, max } = extremes(ys);
  if (target < 3) return withPositions(Uint32Array.of(0, n - 1), [min, max]);

  const picked = new Uint32Array(target);
  // The first and last points are fixed; the n − 2 points between them fill target − 2 buckets.
  const bucketSize = (n - 2) / (target - 2);
  let k = 0;
  let a = 0;
  picked[k++] = 0;
  for (let bucket = 0; bucket < target - 2; bucket += 1) {
    // The average of the NEXT bucket is the triangle's third corner (the last point for the last).
    const nextStart = Math.floor((bucket + 1) * bucketSize) + 1;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n);
    let avgX = 0;
    let avgY = 0;
    if (nextStart < nextEnd && bucket < target - 3) {
      for (let i = nextStart; i < nextEnd; i += 1) {
        avgX += xs[i] as number;
        avgY += ys[i] as number;
      }
      const count = nextEnd - nextStart;
      avgX /= count;
      avgY /= count;
    } else {
      avgX = xs[n - 1] as number;
      avgY = ys[n - 1] as number;
    }

    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, n - 1);
    const ax = xs[a] as number;
    const ay = ys[a] as number;
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i += 1) {
      // Twice the triangle's area; the factor does not change which point is largest.
      const area = Math.abs(
        (ax - avgX) * ((ys[i] as number) - ay) - (ax - (xs[i] as number)) * (avgY - ay),
      );
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    picked[k++] = best;
    a = best;
  }
  picked[k++] = n - 1;
  return withPositions(picked.subarray(0, k), [min, max]);
}

export interface DownsampledSeries<T extends NumericColumn> {
  xs: T | Float64Array;
  ys: T | Float64Array;
  /** Positions in the input of the points kept; null when every point was kept (no copy made). */
  indices: Uint32Array | null;
}

/**
 * The series thinned to about `threshold` points by {@link lttbIndices}. A series already at or
 * below the threshold is returned as is — the same arrays, not a copy.
 */
export function downsample<T extends NumericColumn>(
  xs: T,
  ys: T,
  threshold: number,
): DownsampledSeries<T> {
  const n = Math.min(xs.length, ys.length);
  if (n <= Math.max(2, Math.floor(threshold))) return { xs, ys, indices: null };
  const indices = lttbIndices(xs, ys, threshold);
  const outX = new Float64Array(indices.length);
  const outY = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k += 1) {
    const i = indices[k] as number;
    outX[k] = xs[i] as number;
    outY[k] = ys[i] as number;
  }
  return { xs: outX, ys: outY, indices };
}
