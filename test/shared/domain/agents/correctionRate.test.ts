import { describe, expect, it } from 'vitest';
import { correctionRateByWeek, correctionTotals } from '@shared/domain/agents';
import { id, log } from './fixtures';

describe('correctionTotals', () => {
  it('pools the items: corrected ÷ reviewed over all logs', () => {
    const a = id();
    const totals = correctionTotals([
      log(a, '2026-03-02', '2026-03-08', { reviewed: 100, corrected: 12, hours: 3 }),
      log(a, '2026-03-09', '2026-03-15', { reviewed: 50, corrected: 3, hours: 2.5 }),
      log(a, '2026-03-16', '2026-03-22', { reviewed: 0, corrected: 0, hours: 0.5 }),
    ]);
    // 15 / 150 = 10 %, not the mean of 12 % and 6 % (9 %).
    expect(totals).toEqual({ reviewed: 150, corrected: 15, hours: 6, rate: 0.1 });
  });

  it('has no rate when nothing was reviewed', () => {
    expect(correctionTotals([]).rate).toBeNull();
  });
});

describe('correctionRateByWeek', () => {
  it('groups logs by the ISO week their period starts in, oldest first', () => {
    const a = id();
    const points = correctionRateByWeek([
      log(a, '2026-03-09', '2026-03-15', { reviewed: 40, corrected: 2 }),
      // Monday 2 and Wednesday 4 March 2026 are in the same week.
      log(a, '2026-03-02', '2026-03-03', { reviewed: 30, corrected: 6 }),
      log(a, '2026-03-04', '2026-03-08', { reviewed: 10, corrected: 2 }),
    ]);
    expect(points.map((p) => [p.weekStart, p.reviewed, p.corrected, p.rate])).toEqual([
      ['2026-03-02', 40, 8, 0.2],
      ['2026-03-09', 40, 2, 0.05],
    ]);
  });
});
