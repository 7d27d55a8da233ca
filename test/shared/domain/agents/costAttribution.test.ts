import { describe, expect, it } from 'vitest';
import { pilotCost } from '@shared/domain';
import { attributeAgentCosts, monthsBetween } from '@shared/domain/agents';
import { agent, assignment, id, log, person } from './fixtures';

describe('monthsBetween', () => {
  it('counts calendar months, partly used months by their share of days', () => {
    expect(monthsBetween('2026-01-01', '2026-03-31')).toBe(3);
    // 17 of January's 31 days + 14 of February's 28
    expect(monthsBetween('2026-01-15', '2026-02-14')).toBeCloseTo(17 / 31 + 14 / 28, 12);
    expect(monthsBetween('2024-02-01', '2024-02-29')).toBe(1);
    expect(monthsBetween('2026-03-01', '2026-02-28')).toBe(0);
  });
});

describe('attributeAgentCosts', () => {
  const [p1, p2, p3] = [id(), id(), id()];
  const reviewer = person({ name: 'Rosa', hourlyCost: 80 });
  const reader = agent({ name: 'Invoice reader', buildCost: 36_000, monthlyRunningCost: 1_500 });
  const sorter = agent({ name: 'Mail sorter', buildCost: 10_000, monthlyRunningCost: 400 });
  const inP1 = assignment({
    agentId: reader.id,
    pilotId: p1,
    supervisorId: reviewer.id,
    supervisionHoursPerWeek: 4,
    startDate: '2026-01-01',
    endDate: '2026-03-31',
  });
  const sorterInP1 = assignment({
    agentId: sorter.id,
    pilotId: p1,
    supervisionHoursPerWeek: 3.5,
    createdAt: '2026-06-01T10:00:00.000Z',
  });
  const assignments = [
    inP1,
    sorterInP1,
    assignment({ agentId: reader.id, pilotId: p2, startDate: '2026-02-01' }),
    assignment({ agentId: reader.id, pilotId: p3, startDate: '2026-03-01' }),
  ];
  const logs = [
    log(inP1.id, '2026-03-02', '2026-03-08', { hours: 5 }),
    log(inP1.id, '2026-03-09', '2026-03-14', { hours: 6 }),
  ];
  const shares = attributeAgentCosts({
    pilotId: p1,
    assignments,
    agents: new Map([reader, sorter].map((a) => [a.id, a])),
    logs,
    people: new Map([[reviewer.id, reviewer]]),
    supervisionHourlyCost: 60,
    today: '2026-06-30',
  });

  it('splits the build and running costs among the pilots, and counts logged plus planned hours', () => {
    // Build 36,000 ÷ 3 pilots = 12,000. Running: January alone 1,500, February shared with p2
    // 750, March shared by three 500 → 2,750 over 3 months (916.67 a month on average).
    // Supervision: 11 h logged over 13 days; the other 77 of the 90 days at 4 h/week = 44 h;
    // 55 h × Rosa's 80 = 4,400.
    expect(shares[0]).toMatchObject({
      agentId: reader.id,
      pilotsSharingBuild: 3,
      buildCostShare: 12_000,
      unsharedRunningCost: 4_500,
      months: 3,
      loggedHours: 11,
      plannedHours: 44,
      supervisionHours: 55,
      supervisionHourlyCost: 80,
    });
    expect((shares[0]?.monthlyRunningCost ?? 0) * 3).toBeCloseTo(2_750, 9);
  });

  it('starts an undated assignment on the day it was recorded and ends it today', () => {
    // Build 10,000 (one pilot). 1–30 June = 1 month × 400. 30 days at 3.5 h/week = 15 h × 60.
    expect(shares[1]).toMatchObject({
      from: '2026-06-01',
      to: '2026-06-30',
      buildCostShare: 10_000,
      months: 1,
      supervisionHours: 15,
      supervisionHourlyCost: 60,
    });
  });

  it('flows into the pilot cost: budget + build shares + running + supervision', () => {
    // 50,000 + (12,000 + 2,750 + 4,400) + (10,000 + 400 + 900) = 80,450
    const cost = pilotCost({ budget: 50_000, agents: shares });
    expect(cost).toMatchObject({ budget: 50_000, agentBuild: 22_000, supervision: 5_300 });
    expect(cost.agentRunning).toBeCloseTo(3_150, 9);
    expect(cost.total).toBeCloseTo(80_450, 9);
  });

  it('halves a day’s running cost between two assignments of the agent in the same pilot', () => {
    const solo = agent({ name: 'Solo', monthlyRunningCost: 3_000 });
    const first = assignment({ agentId: solo.id, pilotId: p2, startDate: '2026-06-01' });
    const second = assignment({ agentId: solo.id, pilotId: p2, startDate: '2026-06-16' });
    const both = attributeAgentCosts({
      pilotId: p2,
      assignments: [first, second],
      agents: new Map([[solo.id, solo]]),
      logs: [],
      people: new Map(),
      supervisionHourlyCost: 60,
      today: '2026-06-30',
    });
    // June costs 100 a day. First: 15 days alone + 15 halved = 2,250; second: 15 halved = 750.
    expect(both.map((s) => Math.round(s.monthlyRunningCost * s.months * 100) / 100)).toEqual([
      2_250, 750,
    ]);
  });

  it('charges nothing for running or supervision before an assignment starts', () => {
    const later = assignment({ agentId: sorter.id, pilotId: p2, startDate: '2026-09-01' });
    const [share] = attributeAgentCosts({
      pilotId: p2,
      assignments: [later],
      agents: new Map([[sorter.id, sorter]]),
      logs: [],
      people: new Map(),
      supervisionHourlyCost: 60,
      today: '2026-06-30',
    });
    expect(share).toMatchObject({ buildCostShare: 10_000, months: 0, supervisionHours: 0 });
  });

  it('plans hours only for the days no log covers, logs overlapping and in any order', () => {
    const bot = agent({ name: 'Bot', buildCost: 0, monthlyRunningCost: 0 });
    const a = assignment({
      agentId: bot.id,
      pilotId: 'p',
      startDate: '2026-06-01',
      endDate: '2026-06-30',
      supervisionHoursPerWeek: 7,
    });
    // June has 30 days. Covered: 10–20 (two overlapping logs, 10–15 and 12–20), 25–25, and
    // 28 May–3 June clipped to 1–3: 11 + 1 + 3 = 15 days; the other 15 at 1 h a day = 15 h.
    const logs = [
      log(a.id, '2026-06-25', '2026-06-25', { hours: 1 }),
      log(a.id, '2026-06-12', '2026-06-20', { hours: 2 }),
      log(a.id, '2026-05-28', '2026-06-03', { hours: 3 }),
      log(a.id, '2026-06-10', '2026-06-15', { hours: 4 }),
    ];
    const [share] = attributeAgentCosts({
      pilotId: 'p',
      assignments: [a],
      agents: new Map([[bot.id, bot]]),
      logs,
      people: new Map(),
      supervisionHourlyCost: 50,
      today: '2026-07-15',
    });
    expect(share).toMatchObject({ loggedHours: 10, plannedHours: 15, supervisionHours: 25 });
  });
});
