import { describe, expect, it } from 'vitest';
import { netValue, pilotCost, returnOn, roi } from '@shared/domain';

describe('pilotCost', () => {
  it('is the budget alone until agents are attributed', () => {
    expect(pilotCost({ budget: 20_000 })).toEqual({
      budget: 20_000,
      agentBuild: 0,
      agentRunning: 0,
      supervision: 0,
      agents: 0,
      total: 20_000,
    });
  });

  it('adds agents’ build share, running cost per month and supervision hours × rate', () => {
    const cost = pilotCost({
      budget: 20_000,
      agents: [
        // 3,000 + 500 × 4 = 2,000 + 10 h × 60 = 600
        {
          buildCostShare: 3_000,
          monthlyRunningCost: 500,
          months: 4,
          supervisionHours: 10,
          supervisionHourlyCost: 60,
        },
        // 1,000 + 200 × 2 = 400 + 5 h × 80 = 400
        {
          buildCostShare: 1_000,
          monthlyRunningCost: 200,
          months: 2,
          supervisionHours: 5,
          supervisionHourlyCost: 80,
        },
      ],
    });
    // build 4,000; running 2,400; supervision 1,000 → agents 7,400 → total 27,400
    expect(cost).toEqual({
      budget: 20_000,
      agentBuild: 4_000,
      agentRunning: 2_400,
      supervision: 1_000,
      agents: 7_400,
      total: 27_400,
    });
  });

  it('takes a pre-summed agent cost', () => {
    expect(pilotCost({ budget: 20_000, agents: 5_000 }).total).toBe(25_000);
    expect(pilotCost({ budget: 20_000, agents: 5_000 }).agents).toBe(5_000);
  });

  it('can be zero', () => {
    expect(pilotCost({ budget: 0, agents: [] }).total).toBe(0);
  });
});

describe('roi', () => {
  it('is value ÷ cost, with the net value beside it', () => {
    // 54,500 / 20,000 = 2.725; 54,500 − 20,000 = 34,500
    expect(roi(54_500, 20_000)).toBe(2.725);
    expect(netValue(54_500, 20_000)).toBe(34_500);
    expect(returnOn(54_500, 20_000)).toEqual({ roi: 2.725, net: 34_500 });
  });

  it('is null when nothing was spent, where a ratio means nothing', () => {
    expect(roi(10_000, 0)).toBeNull();
    expect(returnOn(0, 0)).toEqual({ roi: null, net: 0 });
  });

  it('is negative when the pilot destroyed value', () => {
    // −60 / 1,000 = −0.06; net −1,060
    expect(returnOn(-60, 1_000)).toEqual({ roi: -0.06, net: -1_060 });
  });
});
