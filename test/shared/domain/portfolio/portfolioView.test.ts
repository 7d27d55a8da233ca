import { describe, expect, it } from 'vitest';
import {
  aggregatePortfolio,
  filterOptions,
  NO_FILTERS,
  periodRange,
  portfolioView,
  quadrantOf,
  median,
} from '@shared/domain/portfolio';
import { smallPortfolio, TODAY } from './fixture';

const { input, pilots, people } = smallPortfolio();
const aggregate = aggregatePortfolio(input, TODAY);

describe('periodRange', () => {
  it('ends today; the fiscal year starts on the 1st of its month', () => {
    expect(periodRange('all', TODAY, 4)).toEqual({ from: null, to: TODAY });
    expect(periodRange('fiscal-year', TODAY, 4)).toEqual({ from: '2026-04-01', to: TODAY });
    // Before April the fiscal year began the previous April.
    expect(periodRange('fiscal-year', '2026-02-10', 4).from).toBe('2025-04-01');
    expect(periodRange('last-90-days', TODAY, 1).from).toBe('2026-03-18');
    expect(periodRange('last-12-months', TODAY, 1).from).toBe('2025-06-16');
  });
});

describe('quadrants', () => {
  it('splits at the medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quadrantOf(10, 1, 5, 5)).toBe('scale');
    expect(quadrantOf(10, 9, 5, 5)).toBe('fix');
    expect(quadrantOf(1, 1, 5, 5)).toBe('rethink');
    expect(quadrantOf(1, 9, 5, 5)).toBe('stop');
  });
});

describe('portfolioView, whole portfolio, all time', () => {
  const view = portfolioView(aggregate, NO_FILTERS);

  it('adds up the tiles', () => {
    expect(view.tiles).toMatchObject({
      active: 3,
      stopped: 1,
      activeByStage: { idea: 1, pilot: 1, scaling: 1, scaled: 0, stopped: 1 },
      // 4,000 + 200; 11,650 + 2,550 + 0 + 5,000.
      granted: 9_000,
      grantedEarned: 6_000,
      expansions: 2,
      earnedExpansions: 1,
      // Rosa: 3 + 3 hours against 4.
      supervisionHours: 6,
      supervisionCapacity: 4,
      overloadedSupervisors: 1,
      duplicationSavings: 1_200,
    });
    expect(view.tiles.value).toBeCloseTo(4_200, 9);
    expect(view.tiles.cost).toBeCloseTo(19_200, 9);
    expect(view.tiles.roi).toBeCloseTo(4_200 / 19_200, 9);
  });

  it('places running pilots in quadrants at median value 200 and median cost 2,550', () => {
    expect(view.valueCost.medianValue).toBeCloseTo(200, 9);
    expect(view.valueCost.medianCost).toBeCloseTo(2_550, 9);
    expect(view.valueCost.points.map((p) => [p.name, p.quadrant])).toEqual([
      ['A Invoice automation', 'fix'],
      ['B Ticket triage', 'scale'],
      ['C Contract review', 'rethink'],
    ]);
    expect(view.valueCost.counts).toEqual({ scale: 1, fix: 1, rethink: 1, stop: 0 });
  });

  it('counts the ladder and the decisions that moved pilots onto each rung', () => {
    expect(view.ladder.map((r) => [r.stage, r.pilots, r.entered])).toEqual([
      ['idea', 1, 0],
      ['pilot', 1, 2],
      ['scaling', 1, 1],
      ['scaled', 0, 0],
      ['stopped', 1, 1],
    ]);
  });

  it('groups budget granted by quarter, earned or not', () => {
    expect(view.grants).toEqual([
      { label: '2025 Q4', earned: 0, notEarned: 2_000 },
      { label: '2026 Q1', earned: 6_000, notEarned: 0 },
      { label: '2026 Q2', earned: 0, notEarned: 1_000 },
    ]);
  });

  it('buckets outcome attainment with the evidence behind it', () => {
    expect(view.attainment.measured).toBe(2);
    expect(view.attainment.onTarget).toBe(1);
    const counts = view.attainment.buckets.map((b) => b.none + b.weak + b.moderate + b.strong);
    expect(counts).toEqual([0, 0, 1, 0, 1]);
  });

  it('reports reuse across pilots', () => {
    expect(view.reuse).toMatchObject({ agentsInUse: 3, acrossPilots: 1, servingSeveral: 1 });
    expect(view.reuse.reuseRate).toBeCloseTo(1 / 3, 9);
  });
});

describe('portfolioView, filtered', () => {
  it('narrows every figure to one business unit', () => {
    const view = portfolioView(aggregate, { ...NO_FILTERS, businessUnit: 'Finance' });
    expect(view.pilots.map((p) => p.name)).toEqual(['A Invoice automation', 'C Contract review']);
    expect(view.tiles).toMatchObject({
      active: 2,
      stopped: 0,
      granted: 8_000,
      grantedEarned: 6_000,
      expansions: 1,
      earnedExpansions: 1,
      // Only Rosa's hours on A count against her 4.
      supervisionHours: 3,
      overloadedSupervisors: 0,
      duplicationSavings: 1_200,
    });
    expect(view.tiles.value).toBeCloseTo(4_000, 9);
    expect(view.ladder.find((r) => r.stage === 'stopped')?.pilots).toBe(0);
    expect(view.reuse).toMatchObject({ agentsInUse: 2, acrossPilots: 1, reuseRate: 0.5 });
  });

  it('narrows decisions, not pilots, to the period', () => {
    const view = portfolioView(aggregate, { ...NO_FILTERS, period: 'fiscal-year' });
    expect(view.pilots).toHaveLength(4);
    expect(view.decisions.map((d) => d.date)).toEqual(['2026-05-01']);
    expect(view.tiles).toMatchObject({ granted: 1_000, grantedEarned: 0, expansions: 1 });
  });

  it('filters by stage, sponsor and tag', () => {
    expect(portfolioView(aggregate, { ...NO_FILTERS, stage: 'idea' }).pilots).toHaveLength(1);
    const bySponsor = portfolioView(aggregate, { ...NO_FILTERS, sponsorId: people.una.id });
    expect(bySponsor.pilots.map((p) => p.id)).toEqual([pilots.b.id]);
    expect(portfolioView(aggregate, { ...NO_FILTERS, tag: 'legal' }).pilots[0]?.id).toBe(
      pilots.c.id,
    );
  });

  it('offers the units, sponsors and tags the portfolio holds', () => {
    expect(filterOptions(aggregate.pilots)).toEqual({
      businessUnits: ['Finance', 'Support'],
      sponsors: [
        { id: people.sam.id, name: 'Sam Sponsor' },
        { id: people.una.id, name: 'Una Sponsor' },
      ],
      tags: ['finance', 'legal', 'support'],
    });
  });
});
