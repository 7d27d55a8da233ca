import { beforeAll, describe, expect, it } from 'vitest';
import {
  agentSchema,
  assignmentSchema,
  decisionSchema,
  defaultGateCriteria,
  lessonSchema,
  measurementSeriesJsonSchema,
  metricDefinitionSchema,
  metricSchema,
  personSchema,
  PILOT_STAGES,
  pilotSchema,
  portfolioSettingsSchema,
  supervisionLogSchema,
  type PortfolioData,
} from '../../../shared/model';
import { generateSamplePortfolio } from '../../../shared/sample';
import {
  busyButNotBetter,
  integrityProblems,
  nearDuplicateAgents,
  overloadedSupervisors,
  seriesProblems,
  toJson,
  totalMeasurements,
} from './checks';

const TODAY = '2026-11-29';

describe('generateSamplePortfolio — default sample', () => {
  let data: PortfolioData;
  beforeAll(() => {
    data = generateSamplePortfolio({ today: TODAY });
  });

  it('is deterministic: same options give identical bytes, another seed does not', () => {
    const again = generateSamplePortfolio({ today: TODAY });
    expect(toJson(again)).toBe(toJson(data));
    const other = generateSamplePortfolio({ today: TODAY, seed: 7 });
    expect(toJson(other)).not.toBe(toJson(data));
    expect(other.pilots[0]?.id).not.toBe(data.pilots[0]?.id);
  });

  it('passes every schema', () => {
    portfolioSettingsSchema.parse(data.settings);
    for (const p of data.people) personSchema.parse(p);
    for (const p of data.pilots) pilotSchema.parse(p);
    for (const a of data.agents) agentSchema.parse(a);
    for (const a of data.assignments) assignmentSchema.parse(a);
    for (const l of data.supervisionLogs) supervisionLogSchema.parse(l);
    for (const d of data.metricDefinitions) metricDefinitionSchema.parse(d);
    for (const m of data.metrics) metricSchema.parse(m);
    for (const d of data.decisions) decisionSchema.parse(d);
    for (const l of data.lessons) lessonSchema.parse(l);
    for (const s of data.series) {
      measurementSeriesJsonSchema.parse({
        ...s,
        days: Array.from(s.days),
        values: Array.from(s.values),
      });
      expect(seriesProblems(s)).toBeNull();
    }
    expect(data.history).toEqual([]);
  });

  it('has the settings of the sample organisation', () => {
    expect(data.settings).toMatchObject({
      currency: 'EUR',
      supervisionHourlyCost: 65,
      supervisorDefaultCapacityHours: 10,
      gateCriteria: defaultGateCriteria,
      branding: { logoDataUrl: null, accentColor: '#2457d6' },
    });
    expect(data.settings.name).toMatch(/Northwind/);
  });

  it('keeps every reference consistent', () => {
    expect(integrityProblems(data)).toEqual([]);
  });

  it('has 24 pilots on every rung of the ladder, with unique names', () => {
    expect(data.pilots).toHaveLength(24);
    for (const stage of PILOT_STAGES) {
      expect(data.pilots.some((p) => p.stage === stage)).toBe(true);
    }
    expect(new Set(data.pilots.map((p) => p.name)).size).toBe(24);
    expect(new Set(data.people.map((p) => p.name)).size).toBe(data.people.length);
    expect(new Set(data.pilots.map((p) => p.businessUnit)).size).toBeGreaterThanOrEqual(7);
  });

  it('has about pilots × 3 × 26 measurements', () => {
    const total = totalMeasurements(data);
    expect(total).toBeGreaterThan(24 * 78 * 0.95);
    expect(total).toBeLessThan(24 * 78 * 1.05);
  });

  it('keeps dates coherent with stages and today', () => {
    for (const p of data.pilots) {
      if (p.stage === 'idea') expect(p.startDate).toBeNull();
      else expect(p.startDate! < TODAY).toBe(true);
      if (p.stage === 'stopped' || p.stage === 'scaled') expect(p.endDate! <= TODAY).toBe(true);
      else expect(p.endDate).toBeNull();
      if (p.stage === 'stopped') expect(p).toMatchObject({ budget: 0, fte: 0, agentSeats: 0 });
    }
    const records = [
      ...data.people,
      ...data.pilots,
      ...data.agents,
      ...data.assignments,
      ...data.supervisionLogs,
      ...data.metrics,
      ...data.decisions,
      ...data.lessons,
    ];
    for (const r of records) {
      expect(r.createdAt <= r.updatedAt).toBe(true);
      expect(r.updatedAt.slice(0, 10) <= TODAY).toBe(true);
    }
    for (const s of data.series)
      expect(s.days.at(-1)! <= Date.parse(TODAY) / 86_400_000).toBe(true);
  });

  it('measures started pilots only, with 1–3 outcome and 0–2 activity metrics', () => {
    for (const p of data.pilots) {
      const metrics = data.metrics.filter((m) => m.pilotId === p.id);
      const outcomes = metrics.filter((m) => m.kind === 'outcome').length;
      const activities = metrics.filter((m) => m.kind === 'activity').length;
      if (p.stage === 'idea') {
        expect(metrics).toHaveLength(0);
      } else {
        expect(outcomes).toBeGreaterThanOrEqual(1);
        expect(outcomes).toBeLessThanOrEqual(3);
        expect(activities).toBeLessThanOrEqual(2);
      }
    }
    // Activity never earns money; some outcomes are priced, some not.
    expect(
      data.metrics.filter((m) => m.kind === 'activity').every((m) => m.valuePerUnit === null),
    ).toBe(true);
    expect(data.metrics.some((m) => m.kind === 'outcome' && m.valuePerUnit === null)).toBe(true);
    expect(data.metrics.some((m) => m.cadence === 'monthly')).toBe(true);
  });

  it('shows the patterns the app exists to surface', () => {
    expect(nearDuplicateAgents(data).length).toBeGreaterThan(0);
    expect(overloadedSupervisors(data, TODAY).length).toBeGreaterThan(0);
    expect(busyButNotBetter(data).length).toBeGreaterThan(0);
    const open = data.pilots.filter((p) => p.stage !== 'stopped' && p.stage !== 'scaled');
    expect(open.some((p) => p.nextReviewDate !== null && p.nextReviewDate < TODAY)).toBe(true);
    // Agents are reused: at least one works in several pilots.
    const pilotsPerAgent = new Map<string, Set<string>>();
    for (const a of data.assignments) {
      pilotsPerAgent.set(a.agentId, (pilotsPerAgent.get(a.agentId) ?? new Set()).add(a.pilotId));
    }
    expect(Math.max(...[...pilotsPerAgent.values()].map((s) => s.size))).toBeGreaterThan(1);
    // Expansions earned by the recommendation and at least one that was not.
    const expansions = data.decisions.filter((d) => d.kind === 'expand');
    expect(expansions.some((d) => d.recommendation?.kind === 'expand')).toBe(true);
    expect(expansions.some((d) => d.recommendation?.kind !== 'expand')).toBe(true);
    expect(data.lessons.some((l) => l.kind === 'practice')).toBe(true);
    expect(data.lessons.some((l) => l.kind === 'pitfall')).toBe(true);
  });

  it('records decisions whose stage moves and resources add up to each pilot today', () => {
    for (const p of data.pilots) {
      const decisions = data.decisions
        .filter((d) => d.pilotId === p.id)
        .sort((a, b) => a.date.localeCompare(b.date));
      if (decisions.length === 0) continue;
      expect(decisions[0]?.stageBefore).toBe('pilot');
      decisions.forEach((d, i) => {
        if (i > 0) expect(d.stageBefore).toBe(decisions[i - 1]?.stageAfter);
        expect(d.date >= p.startDate!).toBe(true);
        expect(d.date <= TODAY).toBe(true);
        if (d.kind === 'stop') expect(d.date).toBe(p.endDate);
      });
      expect(decisions.at(-1)?.stageAfter).toBe(p.stage);
      const granted = decisions.reduce((s, d) => s + d.budgetDelta, 0);
      expect(p.budget - granted).toBeGreaterThanOrEqual(0);
      if (p.stage === 'stopped') expect(p.budget - granted).toBeGreaterThan(0);
    }
    expect(
      data.pilots
        .filter((p) => p.stage === 'scaling' || p.stage === 'stopped')
        .every((p) => data.decisions.some((d) => d.pilotId === p.id)),
    ).toBe(true);
  });
});

describe('generateSamplePortfolio — other seeds and sizes', () => {
  it.each([1, 2, 3, 4, 5, 6])('seed %i still shows every stage and pattern', (seed) => {
    const data = generateSamplePortfolio({ today: '2025-03-14', seed });
    expect(integrityProblems(data)).toEqual([]);
    for (const stage of PILOT_STAGES) expect(data.pilots.some((p) => p.stage === stage)).toBe(true);
    expect(nearDuplicateAgents(data).length).toBeGreaterThan(0);
    expect(overloadedSupervisors(data, '2025-03-14').length).toBeGreaterThan(0);
    expect(busyButNotBetter(data).length).toBeGreaterThan(0);
    for (const p of data.pilots) pilotSchema.parse(p);
    for (const d of data.decisions) decisionSchema.parse(d);
    for (const s of data.series) expect(seriesProblems(s)).toBeNull();
  });

  it.each([0, 1, 5, 60])('%i pilots give a valid, consistent portfolio', (pilots) => {
    const data = generateSamplePortfolio({ today: TODAY, pilots });
    expect(data.pilots).toHaveLength(pilots);
    expect(integrityProblems(data)).toEqual([]);
    for (const p of data.pilots) pilotSchema.parse(p);
    for (const a of data.agents) agentSchema.parse(a);
    for (const m of data.metrics) metricSchema.parse(m);
    for (const s of data.series) expect(seriesProblems(s)).toBeNull();
    expect(new Set(data.pilots.map((p) => p.name)).size).toBe(pilots);
  });

  it('honours a custom measurement target', () => {
    const data = generateSamplePortfolio({ today: TODAY, measurementsTarget: 10_000 });
    expect(totalMeasurements(data)).toBeGreaterThan(9_500);
    expect(totalMeasurements(data)).toBeLessThan(10_500);
  });

  it('refuses nonsense options', () => {
    expect(() => generateSamplePortfolio({ today: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateSamplePortfolio({ today: TODAY, pilots: -1 })).toThrow(RangeError);
    expect(() => generateSamplePortfolio({ today: TODAY, pilots: 2.5 })).toThrow(RangeError);
    expect(() => generateSamplePortfolio({ today: TODAY, measurementsTarget: NaN })).toThrow(
      RangeError,
    );
  });
});
