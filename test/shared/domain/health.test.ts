import { describe, expect, it } from 'vitest';
import { pilotHealth, summarizeMetric } from '@shared/domain';
import { defaultGateCriteria } from '@shared/model';
import { cycleTime, promptsSent, summary, weekly } from './fixtures';

const criteria = defaultGateCriteria;

describe('pilotHealth', () => {
  it('is unknown without outcome metrics or outcome measurements', () => {
    expect(pilotHealth([summarizeMetric(promptsSent, weekly([120, 150]))], criteria)).toEqual({
      health: 'unknown',
      reason: 'No outcome metric defined yet.',
    });
    expect(pilotHealth([summarizeMetric(cycleTime, null)], criteria)).toEqual({
      health: 'unknown',
      reason: 'No outcome measurements yet.',
    });
  });

  it('is on track when every outcome is on target or improving with enough evidence', () => {
    const metrics = [summarizeMetric(cycleTime, weekly([38, 35, 31, 29, 27, 25.5]))];
    expect(pilotHealth(metrics, criteria)).toEqual({
      health: 'on-track',
      reason: '1 of 1 outcome metric on target or improving with enough evidence.',
    });
  });

  it('is at risk when an outcome is flat or lacks evidence', () => {
    const metrics = [
      summary({ name: 'Quality' }),
      summarizeMetric(cycleTime, weekly([40, 39.5, 40.5, 40, 39.8, 40.2])),
    ];
    expect(pilotHealth(metrics, criteria)).toEqual({
      health: 'at-risk',
      reason: '1 of 2 outcome metrics on target or improving with enough evidence.',
    });
    // an activity metric rising does not make the pilot healthy
    expect(
      pilotHealth(
        [
          summarizeMetric(cycleTime, weekly([39, 38])),
          summarizeMetric(promptsSent, weekly([120, 150, 180, 200, 220, 240])),
        ],
        criteria,
      ).health,
    ).toBe('at-risk');
  });

  it('is off track when an outcome moves the wrong way with at least moderate evidence', () => {
    // cycle time 42, 44, 45, 46 against a baseline of 40 (lower is better): changes −2, −4, −5,
    // −6, mean −4.25, CI excludes 0 with 4 measurements → moderate, worsening
    const metrics = [
      summary({ name: 'Quality' }),
      summarizeMetric(cycleTime, weekly([42, 44, 45, 46])),
    ];
    expect(pilotHealth(metrics, criteria)).toEqual({
      health: 'off-track',
      reason:
        'Cycle time is moving the wrong way with moderate evidence (recent 46 min vs baseline 40 min, target 25 min).',
    });
  });
});
