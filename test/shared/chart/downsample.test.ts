import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsample, lttbIndices } from '../../../shared/chart/downsample';

const f64 = (values: number[]) => Float64Array.from(values);
const range = (n: number) => f64(Array.from({ length: n }, (_v, i) => i));

describe('lttbIndices: worked examples', () => {
  it('keeps a spike and the point after it (hand-computed triangle areas)', () => {
    // 10 points, threshold 4: first and last fixed, the 8 middle points in 2 buckets of 4.
    // Bucket 1 = points 1–4, third corner = mean of bucket 2 (points 5–8) = (6.5, 5).
    //   Twice the area with a = (0, 5): points 1–3 lie on y = 5 → 0; point 4 (4, 20) → 6.5·15 = 97.5.
    // Bucket 2 = points 5–8, third corner = the last point (9, 5), a = (4, 20):
    //   |(4−9)(5−20) − (4−i)(5−20)| = |135 − 15i| → 60, 45, 30, 15 for i = 5…8 → point 5.
    const ys = f64([5, 5, 5, 5, 20, 5, 5, 5, 5, 5]);
    expect([...lttbIndices(range(10), ys, 4)]).toEqual([0, 4, 5, 9]);
  });

  it('adds back a minimum that plain LTTB drops', () => {
    // Threshold 3: one bucket (points 1–2), third corner = the last point (3, 0), a = (0, 0).
    //   Point 1 (1, 10): |(0−3)(10) − (0−1)(0)| = 30; point 2 (2, −1): |(0−3)(−1)| = 3.
    // LTTB keeps 0, 1, 3 — and the lowest value, −1 at position 2, is put back.
    const ys = f64([0, 10, -1, 0]);
    expect([...lttbIndices(range(4), ys, 3)]).toEqual([0, 1, 2, 3]);
  });

  it('keeps everything when the series already fits', () => {
    expect([...lttbIndices(range(5), f64([3, 1, 4, 1, 5]), 5)]).toEqual([0, 1, 2, 3, 4]);
    expect([...lttbIndices(range(0), f64([]), 10)]).toEqual([]);
  });

  it('treats a threshold below 2 as first and last, plus the extremes', () => {
    expect([...lttbIndices(range(5), f64([2, 9, 2, -4, 2]), 1)]).toEqual([0, 1, 3, 4]);
    expect([...lttbIndices(range(5), f64([2, 2, 2, 2, 2]), 0)]).toEqual([0, 4]);
  });
});

describe('downsample', () => {
  it('returns a series at or below the threshold as is (same arrays)', () => {
    const xs = range(3);
    const ys = f64([1, 2, 3]);
    const out = downsample(xs, ys, 3);
    expect(out.xs).toBe(xs);
    expect(out.ys).toBe(ys);
    expect(out.indices).toBeNull();
  });

  it('thins 100,000 points to the threshold plus at most the two extremes, keeping them', () => {
    const n = 100_000;
    const xs = range(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i += 1) ys[i] = Math.sin(i / 500) * 10 + ((i * 7919) % 13);
    ys[54_321] = 1_000;
    ys[12_345] = -1_000;
    const out = downsample(xs, ys, 1_000);
    expect(out.xs.length).toBeLessThanOrEqual(1_002);
    expect(out.xs.length).toBeGreaterThanOrEqual(1_000);
    expect([...out.ys]).toContain(1_000);
    expect([...out.ys]).toContain(-1_000);
    expect(out.xs[0]).toBe(0);
    expect(out.xs[out.xs.length - 1]).toBe(n - 1);
  });
});

/** Strictly ascending x (as day numbers are) with arbitrary finite y. */
const seriesArb = fc
  .array(
    fc.tuple(
      fc.integer({ min: 1, max: 30 }),
      fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
    ),
    { maxLength: 600 },
  )
  .map((pairs) => {
    const xs = new Float64Array(pairs.length);
    const ys = new Float64Array(pairs.length);
    let x = 19_000;
    pairs.forEach(([gap, y], i) => {
      x += gap;
      xs[i] = x;
      ys[i] = y;
    });
    return { xs, ys };
  });

describe('downsample: properties', () => {
  it('never returns more than threshold + 2 points, and x stays strictly ascending', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 2, max: 200 }), ({ xs, ys }, threshold) => {
        const out = downsample(xs, ys, threshold);
        expect(out.xs.length).toBeLessThanOrEqual(threshold + 2);
        for (let i = 1; i < out.xs.length; i += 1) {
          expect(out.xs[i] as number).toBeGreaterThan(out.xs[i - 1] as number);
        }
      }),
    );
  });

  it('always keeps the first, the last, the minimum and the maximum', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 2, max: 200 }), ({ xs, ys }, threshold) => {
        fc.pre(xs.length > 0);
        const out = downsample(xs, ys, threshold);
        expect(out.xs[0]).toBe(xs[0]);
        expect(out.xs[out.xs.length - 1]).toBe(xs[xs.length - 1]);
        expect(Math.min(...out.ys)).toBe(Math.min(...ys));
        expect(Math.max(...out.ys)).toBe(Math.max(...ys));
      }),
    );
  });

  it('keeps only points of the input, each paired with its own y', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 2, max: 200 }), ({ xs, ys }, threshold) => {
        const out = downsample(xs, ys, threshold);
        const indices = out.indices ?? Uint32Array.from(xs.keys());
        indices.forEach((i, k) => {
          expect(out.xs[k]).toBe(xs[i]);
          expect(out.ys[k]).toBe(ys[i]);
        });
      }),
    );
  });

  it('returns an input at or below the threshold unchanged', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 0, max: 50 }), ({ xs, ys }, extra) => {
        const out = downsample(xs, ys, Math.max(2, xs.length + extra));
        expect(out.xs).toBe(xs);
        expect(out.ys).toBe(ys);
      }),
    );
  });
});
