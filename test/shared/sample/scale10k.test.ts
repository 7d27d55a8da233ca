import { describe, expect, it } from 'vitest';
import { generateSamplePortfolio } from '../../../shared/sample';

describe('sample at 10,000 pilots', () => {
  // Regression: the name book looped forever once ~24,000 distinct names were used.
  it('finishes, with unique people names', () => {
    const data = generateSamplePortfolio({
      today: '2026-11-29',
      pilots: 10_000,
      measurementsTarget: 20_000,
    });
    expect(data.pilots).toHaveLength(10_000);
    const names = new Set(data.people.map((p) => p.name));
    expect(names.size).toBe(data.people.length);
    expect(data.people.length).toBeGreaterThan(24_000);
  });
});
