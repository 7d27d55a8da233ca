import { describe, expect, it } from 'vitest';
import { generateSamplePortfolio } from '../../../shared/sample';
import { integrityProblems, seriesProblems, totalMeasurements } from './checks';

describe('generateSamplePortfolio at scale', () => {
  it('makes 2,000 pilots and about a million measurements, days ascending per series', () => {
    const data = generateSamplePortfolio({
      today: '2026-11-29',
      pilots: 2_000,
      measurementsTarget: 1_000_000,
    });
    expect(data.pilots).toHaveLength(2_000);
    expect(new Set(data.pilots.map((p) => p.name)).size).toBe(2_000);
    const total = totalMeasurements(data);
    expect(total).toBeGreaterThanOrEqual(950_000);
    expect(total).toBeLessThanOrEqual(1_050_000);
    expect(data.series).toHaveLength(data.metrics.length);
    for (const s of data.series) expect(seriesProblems(s)).toBeNull();
    expect(integrityProblems(data)).toEqual([]);
  });
});
