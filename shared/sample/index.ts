import { isoToDay } from '../dates';
import type { Assignment, MeasurementSeries, PortfolioData } from '../model';
import { generateAgents, type AgentUse } from './agents';
import { generateAssignments, generateSupervisionLogs } from './assignments';
import { generateDecisions } from './decisions';
import type { PilotFacts } from './evidence';
import { generateLessons } from './lessons';
import { generateMetricDefinitions, generateMetrics, type PlannedMetric } from './metrics';
import { generatePeople } from './people';
import { buildPilots, planPilots } from './pilots';
import type { PlannedPilot, SampleContext } from './plan';
import { Random } from './random';
import { generateSeries } from './series';
import { generateSettings, SUPERVISION_HOURLY_COST } from './settings';

export interface SampleOptions {
  /** ISO date (YYYY-MM-DD) the sample is generated "as of": every date and timestamp derives from it. */
  today: string;
  /** Same seed (and options) → byte-identical portfolio. */
  seed?: number;
  /** Number of pilots; 24 by default. */
  pilots?: number;
  /** Approximate total number of measurements; by default pilots × 3 metrics × 26 weeks. */
  measurementsTarget?: number;
}

export const DEFAULT_SEED = 20_240_611;
export const DEFAULT_PILOTS = 24;
/** The oldest pilot started 18 months ago; the portfolio was set up a little before that. */
const ORIGIN_DAYS_BEFORE_TODAY = 560;

/**
 * A deterministic, realistic sample portfolio of AI pilots: people, pilots on every rung of the
 * ladder, agents (some shared, some near-duplicates), assignments and supervision logs, metrics
 * with weekly measurement series telling different stories, decisions and lessons.
 *
 * Each part draws from its own seeded stream, so changing how one part is generated does not
 * reshuffle the others.
 */
export function generateSamplePortfolio(options: SampleOptions): PortfolioData {
  const todayDay = isoToDay(options.today);
  const seed = options.seed ?? DEFAULT_SEED;
  const pilotCount = options.pilots ?? DEFAULT_PILOTS;
  if (!Number.isInteger(pilotCount) || pilotCount < 0 || pilotCount > 100_000) {
    throw new RangeError(`pilots must be an integer from 0 to 100,000, got ${pilotCount}`);
  }
  const target = options.measurementsTarget ?? pilotCount * 3 * 26;
  if (!Number.isFinite(target) || target < 0 || target > 50_000_000) {
    throw new RangeError(`measurementsTarget must be from 0 to 50,000,000, got ${target}`);
  }
  const ctx: SampleContext = { seed, todayDay, originDay: todayDay - ORIGIN_DAYS_BEFORE_TODAY };
  const stream = (label: string): Random => Random.derive(seed, label);

  const settings = generateSettings(ctx, stream('settings'));
  const plans = planPilots(ctx, pilotCount, stream('plans'));
  const staff = generatePeople(ctx, plans, stream('people'));
  const pilots = buildPilots(ctx, plans, staff, stream('pilots'));
  const { agents, uses } = generateAgents(ctx, pilots, staff, stream('agents'));
  const assignments = generateAssignments(ctx, uses, staff, stream('assignments'));
  const supervisionLogs = generateSupervisionLogs(ctx, assignments, uses, stream('logs'));
  const metricDefinitions = generateMetricDefinitions(ctx, stream('definitions'));
  const metrics = generateMetrics(ctx, pilots, metricDefinitions, stream('metrics'));
  const series = generateSeries(metrics, todayDay, Math.round(target), stream('series'));

  const facts = pilotFacts(pilots, metrics, series, uses, assignments);
  const decisions = generateDecisions(
    ctx,
    facts,
    staff,
    SUPERVISION_HOURLY_COST,
    stream('decisions'),
  );
  const lessons = generateLessons(ctx, facts, decisions, stream('lessons'));

  return {
    settings,
    people: staff.people,
    pilots: pilots.map((p) => p.pilot),
    agents,
    assignments,
    supervisionLogs,
    metricDefinitions,
    metrics: metrics.map((m) => m.metric),
    series,
    decisions,
    lessons,
    // The database layer writes history when it loads the sample.
    history: [],
  };
}

/** Everything a decision snapshot needs per pilot, gathered once, in pilot order. */
function pilotFacts(
  pilots: PlannedPilot[],
  metrics: PlannedMetric[],
  series: MeasurementSeries[],
  uses: AgentUse[],
  assignments: Assignment[],
): PilotFacts[] {
  const byId = new Map<string, PilotFacts>(
    pilots.map((planned) => [
      planned.pilot.id,
      { planned, metrics: [], agents: [], supervisionHoursPerWeek: 0 },
    ]),
  );
  for (const use of uses) byId.get(use.planned.pilot.id)?.agents.push(use);
  metrics.forEach((pm, i) => {
    const s = series[i];
    if (s) byId.get(pm.planned.pilot.id)?.metrics.push({ pm, series: s });
  });
  for (const a of assignments) {
    const f = byId.get(a.pilotId);
    if (f) f.supervisionHoursPerWeek += a.supervisionHoursPerWeek;
  }
  return [...byId.values()];
}

export { Random } from './random';
