import { describe, expect, it } from 'vitest';
import { evidenceSnapshot, summarizeMetric } from '@shared/domain';
import { evidenceSnapshotSchema } from '@shared/model';
import { cycleTime, promptsSent, weekly } from './fixtures';

describe('evidenceSnapshot', () => {
  it('freezes each metric’s progress, evidence and count with value, cost and ROI', () => {
    const metrics = [
      summarizeMetric(cycleTime, weekly([38, 35, 31, 29, 27, 25.5])),
      summarizeMetric(promptsSent, null),
    ];
    const snap = evidenceSnapshot(metrics, 54_500, 20_000);
    expect(snap).toEqual({
      metrics: [
        {
          metricId: cycleTime.id,
          name: 'Cycle time',
          kind: 'outcome',
          progress: metrics[0]?.progress,
          evidence: 'moderate',
          latestValue: 25.5,
          measurements: 6,
        },
        {
          metricId: promptsSent.id,
          name: 'Prompts sent',
          kind: 'activity',
          progress: null,
          evidence: 'none',
          latestValue: null,
          measurements: 0,
        },
      ],
      value: 54_500,
      cost: 20_000,
      // 54,500 / 20,000
      roi: 2.725,
    });
    expect(evidenceSnapshotSchema.parse(snap)).toEqual(snap);
  });

  it('records a null ROI for a pilot that cost nothing', () => {
    expect(evidenceSnapshot([], 0, 0).roi).toBeNull();
  });
});
