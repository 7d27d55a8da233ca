import { describe, expect, it } from 'vitest';
import { tQuantile95, Z95 } from '@shared/domain';

// Reference values: scipy.stats.t.ppf(0.95, df).
describe('tQuantile95', () => {
  it('gives the tabulated small-sample values', () => {
    expect(tQuantile95(1)).toBe(6.313752);
    expect(tQuantile95(3)).toBe(2.353363);
    expect(tQuantile95(5)).toBe(2.015048);
    expect(tQuantile95(7)).toBe(1.894579);
    expect(tQuantile95(30)).toBe(1.697261);
  });

  it('approximates larger df to better than 1e-7', () => {
    expect(tQuantile95(31)).toBeCloseTo(1.6955187825, 7);
    expect(tQuantile95(40)).toBeCloseTo(1.6838510134, 7);
    expect(tQuantile95(120)).toBeCloseTo(1.6576508994, 7);
    expect(tQuantile95(1000)).toBeCloseTo(1.6463788173, 7);
  });

  it('tends to the normal quantile', () => {
    expect(tQuantile95(Number.POSITIVE_INFINITY)).toBe(Z95);
    expect(tQuantile95(1e9)).toBeCloseTo(1.6448536, 6);
  });

  it('never widens as df grows, across the table and the approximation', () => {
    for (let df = 2; df <= 500; df += 1) {
      expect(tQuantile95(df)).toBeLessThan(tQuantile95(df - 1));
    }
  });

  it('refuses df below 1, where there is no interval', () => {
    expect(() => tQuantile95(0)).toThrow(RangeError);
    expect(() => tQuantile95(Number.NaN)).toThrow(RangeError);
  });
});
