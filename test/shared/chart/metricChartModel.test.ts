import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../shared/dates';
import { buildMetricChart } from '../../../shared/chart/metricChartModel';

const weekly = (first: string, values: number[]) => ({
  days: Float64Array.from(values, (_v, i) => isoToDay(first) + 7 * i),
  values: Float64Array.from(values),
});

describe('buildMetricChart', () => {
  it('frames a lower-is-better metric with room below the target for its zone', () => {
    // Values 38…25.5, baseline 40, target 25: range 25–40 (span 15). Lower is better, so 10 % of
    // the span goes below the target: 23.5. niceTicks(23.5, 40): 16.5 / 4 → step 5 → 20…40.
    const model = buildMetricChart({
      ...weekly('2026-01-05', [38, 35, 31, 29, 27, 25.5]),
      baseline: 40,
      target: 25,
      direction: 'lower',
      width: 600,
    });
    expect(model.yTicks).toEqual([20, 25, 30, 35, 40]);
    expect(model.yDomain).toEqual([20, 40]);
    expect(model.targetZone).toEqual([20, 25]);
    expect(model.xDomain).toEqual([isoToDay('2026-01-05'), isoToDay('2026-02-09')]);
    expect(model.points).toEqual(
      [38, 35, 31, 29, 27, 25.5].map((y, i) => ({ x: isoToDay('2026-01-05') + 7 * i, y })),
    );
    expect(model.downsampled).toBe(false);
    expect(model.count).toBe(6);
  });

  it('shades from the target up for a higher-is-better metric', () => {
    // Baseline 100, target 400, values up to 430: range 100–430 (span 330); the target zone
    // needs 400 + 33 = 433 at least → niceTicks(100, 433): 333 / 4 = 83.25 → step 100 → 100…500.
    const model = buildMetricChart({
      ...weekly('2026-01-05', [150, 290, 430]),
      baseline: 100,
      target: 400,
      direction: 'higher',
      width: 600,
    });
    expect(model.yDomain).toEqual([100, 500]);
    expect(model.targetZone).toEqual([400, 500]);
  });

  it('widens a single day to a week so the one point is not on the frame', () => {
    const model = buildMetricChart({
      ...weekly('2026-03-03', [12]),
      baseline: 10,
      target: 20,
      direction: 'higher',
      width: 300,
    });
    expect(model.xDomain).toEqual([isoToDay('2026-03-03') - 3, isoToDay('2026-03-03') + 3]);
  });

  it('hands the chart about two points per pixel of a long series, extremes included', () => {
    const n = 100_000;
    const days = new Float64Array(n);
    const values = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      days[i] = 10_000 + i;
      values[i] = 50 + Math.sin(i / 300) * 10;
    }
    values[77_777] = 500;
    const model = buildMetricChart({
      days,
      values,
      baseline: 50,
      target: 30,
      direction: 'lower',
      width: 700,
    });
    expect(model.downsampled).toBe(true);
    expect(model.count).toBe(n);
    expect(model.points.length).toBeLessThanOrEqual(1_402);
    expect(model.points.some((p) => p.y === 500)).toBe(true);
    expect(model.yDomain[1]).toBeGreaterThanOrEqual(500);
  });
});
