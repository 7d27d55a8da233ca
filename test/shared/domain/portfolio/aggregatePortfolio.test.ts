import { describe, expect, it } from 'vitest';
import { evaluatePilot } from '@shared/domain';
import { attributeAgentCosts } from '@shared/domain/agents';
import { aggregatePortfolio } from '@shared/domain/portfolio';
import { defaultGateCriteria } from '@shared/model';
import { smallPortfolio, TODAY } from './fixture';

describe('aggregatePortfolio', () => {
  const { input, pilots, people, agents } = smallPortfolio();
  const result = aggregatePortfolio(input, TODAY);
  const row = (id: string) => {
    const found = result.pilots.find((p) => p.id === id);
    if (!found) throw new Error(`no row ${id}`);
    return found;
  };

  it('lists every pilot by name with its unit, stage, sponsor and tags', () => {
    expect(result.pilots.map((p) => p.name)).toEqual([
      'A Invoice automation',
      'B Ticket triage',
      'C Contract review',
      'D Old chatbot',
    ]);
    expect(row(pilots.a.id)).toMatchObject({
      businessUnit: 'Finance',
      stage: 'scaling',
      sponsorName: 'Sam Sponsor',
      tags: ['finance'],
      budget: 10_000,
    });
    expect(result.currency).toBe('EUR');
  });

  it('works out value, cost (budget + agents) and ROI by hand', () => {
    // A: 4 weeks × 10 units × 100 = 4,000; cost 10,000 + the sorter's 300/month from 1 Jan to
    // 15 Jun (5 months + 15/30) = 1,650 → 11,650.
    expect(row(pilots.a.id).value).toBeCloseTo(4_000, 9);
    expect(row(pilots.a.id).cost).toBeCloseTo(11_650, 9);
    expect(row(pilots.a.id).roi).toBeCloseTo(4_000 / 11_650, 9);
    // B: 2 weeks × 10 minutes × 10 = 200; cost 2,000 + 100 × 5.5 = 2,550.
    expect(row(pilots.b.id).value).toBeCloseTo(200, 9);
    expect(row(pilots.b.id).cost).toBeCloseTo(2_550, 9);
    // C: nothing measured or spent: no ROI.
    expect(row(pilots.c.id)).toMatchObject({ value: 0, cost: 0, roi: null, attainment: null });
    expect(row(pilots.d.id)).toMatchObject({ value: 0, cost: 5_000, roi: 0 });
  });

  it('agrees with evaluatePilot, as the pilot page computes it', () => {
    const b = pilots.b;
    const agentCosts = attributeAgentCosts({
      pilotId: b.id,
      assignments: input.assignments,
      agents: new Map(input.agents.map((a) => [a.id, a])),
      logs: [],
      people: new Map(input.people.map((p) => [p.id, p])),
      supervisionHourlyCost: 0,
      today: TODAY,
    });
    const direct = evaluatePilot({
      pilot: b,
      metrics: input.metrics.filter((m) => m.pilotId === b.id),
      seriesByMetric: new Map(input.series.map((s) => [s.metricId, s])),
      agentCosts,
      criteria: defaultGateCriteria,
      today: TODAY,
    });
    expect(row(b.id)).toMatchObject({
      value: direct.value.total,
      cost: direct.cost.total,
      roi: direct.roi,
      recommendation: direct.recommendation.kind,
      reasons: direct.recommendation.reasons,
    });
  });

  it('takes attainment as the mean progress of measured outcome metrics', () => {
    expect(row(pilots.a.id).attainment).toBeCloseTo(1, 9);
    // (40 − 30) ÷ (40 − 20) = 50 %.
    expect(row(pilots.b.id).attainment).toBeCloseTo(0.5, 9);
    expect(row(pilots.b.id).outcomes.map((o) => o.name)).toEqual(['Handling time']);
  });

  it('marks only expansions the frozen recommendation supported as earned', () => {
    expect(row(pilots.a.id).decisions.map((d) => [d.date, d.kind, d.earned])).toEqual([
      ['2025-12-01', 'continue', false],
      ['2026-02-01', 'expand', true],
    ]);
    expect(row(pilots.b.id).decisions.map((d) => [d.kind, d.recommended, d.earned])).toEqual([
      ['expand', 'continue', false],
    ]);
  });

  it('splits each supervisor’s load by pilot', () => {
    expect(result.supervisors).toEqual([
      {
        personId: people.rosa.id,
        name: 'Rosa Reviewer',
        capacity: 4,
        loadByPilot: { [pilots.a.id]: 3, [pilots.b.id]: 3 },
      },
    ]);
  });

  it('finds the look-alike ticket agents and what the copy costs a year', () => {
    expect(result.clusters).toHaveLength(1);
    // Keep the sorter (it serves two people); the classifier's 100 × 12 is the saving.
    expect(result.clusters[0]).toMatchObject({
      agentNames: ['Ticket sorter', 'Ticket classifier'],
      yearlyCost: 1_200,
    });
    expect(result.agents.find((a) => a.id === agents.x.id)).toMatchObject({
      inUse: true,
      servedCount: 0,
    });
    expect(result.agents.find((a) => a.id === agents.x.id)?.pilotIds).toHaveLength(2);
  });
});
