import {
  agentCostsWithoutLogs,
  agentUsages,
  type AgentCostWithoutLogs,
  type AttributedAgentCost,
  dismissedClustersOf,
  duplicateThresholdsOf,
  findDuplicateClusters,
  supervisorLoads,
  withSupervision,
} from '../agents';
import { isExpansionEarned } from '../earnedExpansion';
import { evaluatePilot } from '../evaluatePilot';
import { EVIDENCE_STRENGTHS, type EvidenceStrength } from '../evidence';
import type {
  Agent,
  Decision,
  MeasurementSeries,
  Metric,
  PortfolioData,
  Person,
  Pilot,
  SupervisionLog,
} from '../../model';
// Not through ../../model: it would load the zod schemas into the dashboard's worker.
import { defaultGateCriteria } from '../../model/constants';
import type {
  AgentRow,
  DuplicateClusterRow,
  OutcomeStanding,
  PortfolioAggregate,
  PortfolioAggregateBase,
  PortfolioDecision,
  PortfolioPilotBase,
  PortfolioPilotRow,
  SupervisorRow,
} from './types';
import { compareText } from '../../text/compareText';

/** The records the aggregation reads, but the measurements. */
export type PortfolioInputWithoutMeasurements = Pick<
  PortfolioData,
  'settings' | 'people' | 'pilots' | 'agents' | 'assignments' | 'supervisionLogs' | 'decisions'
>;

/** The measurements: the metrics and their series (the bulk of a large portfolio). */
export interface PortfolioMeasurements {
  metrics: readonly Metric[];
  series: readonly Pick<MeasurementSeries, 'metricId' | 'days' | 'values'>[];
}

/** The records the aggregation reads: a portfolio without its lessons, history and library. */
export type PortfolioInput = PortfolioInputWithoutMeasurements & PortfolioMeasurements;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function weakest(strengths: readonly EvidenceStrength[]): EvidenceStrength {
  if (strengths.length === 0) return 'none';
  return strengths.reduce((a, b) =>
    EVIDENCE_STRENGTHS.indexOf(a) <= EVIDENCE_STRENGTHS.indexOf(b) ? a : b,
  );
}

function decisionRow(d: Decision): PortfolioDecision {
  const recommended = d.recommendation?.kind ?? null;
  return {
    id: d.id,
    pilotId: d.pilotId,
    date: d.date,
    kind: d.kind,
    stageBefore: d.stageBefore,
    stageAfter: d.stageAfter,
    budgetDelta: d.budgetDelta,
    fteDelta: d.fteDelta,
    agentSeatsDelta: d.agentSeatsDelta,
    recommended,
    earned: isExpansionEarned(recommended, d.kind),
  };
}

/** One pilot as the aggregation holds it between its two halves. */
interface PendingPilot {
  pilot: Pilot;
  /** The pilot's agent costs (the pilot page's own attribution). */
  agentCosts: AttributedAgentCost[];
  row: PortfolioPilotBase;
}

/** What the aggregation works out before it needs a measurement (see aggregateWithoutMeasurements). */
export interface AggregateWithoutMeasurements {
  input: PortfolioInputWithoutMeasurements;
  today: string;
  /** In the order of `base.pilots` (by name). */
  pending: PendingPilot[];
  /** The answer so far: all of it but what needs measurements. */
  base: PortfolioAggregateBase;
}

interface PilotContext {
  input: PortfolioInputWithoutMeasurements;
  today: string;
  metricsByPilot: Map<string, Metric[]>;
  seriesByMetric: ReadonlyMap<string, Pick<MeasurementSeries, 'days' | 'values'>>;
}

function baseRow(
  pilot: Pilot,
  people: ReadonlyMap<string, Person>,
  decisions: readonly Decision[],
): PortfolioPilotBase {
  return {
    id: pilot.id,
    name: pilot.name,
    businessUnit: pilot.businessUnit,
    stage: pilot.stage,
    sponsorId: pilot.sponsorId,
    sponsorName: pilot.sponsorId ? (people.get(pilot.sponsorId)?.name ?? '') : '',
    tags: pilot.tags,
    startDate: pilot.startDate,
    nextReviewDate: pilot.nextReviewDate,
    endDate: pilot.endDate,
    budget: pilot.budget,
    fte: pilot.fte,
    agentSeats: pilot.agentSeats,
    decisions: decisions
      .map(decisionRow)
      .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id)),
  };
}

function pilotRow(pending: PendingPilot, ctx: PilotContext): PortfolioPilotRow {
  const { input } = ctx;
  const { pilot } = pending;
  const evaluation = evaluatePilot({
    pilot,
    metrics: ctx.metricsByPilot.get(pilot.id) ?? [],
    seriesByMetric: ctx.seriesByMetric,
    agentCosts: pending.agentCosts,
    criteria: { ...defaultGateCriteria, ...input.settings.gateCriteria },
    today: ctx.today,
  });
  const outcomes: OutcomeStanding[] = evaluation.summaries
    .filter((s) => s.kind === 'outcome')
    .map((s) => ({
      metricId: s.metricId,
      name: s.name,
      progress: s.progress,
      evidence: s.evidence,
    }));
  const measured = outcomes.filter((o) => o.progress !== null);
  const attainment =
    measured.length > 0
      ? measured.reduce((sum, o) => sum + (o.progress ?? 0), 0) / measured.length
      : null;
  return {
    ...pending.row,
    value: evaluation.value.total,
    cost: evaluation.cost.total,
    roi: evaluation.roi,
    recommendation: evaluation.recommendation.kind,
    reasons: evaluation.recommendation.reasons,
    attainment,
    attainmentEvidence: weakest(measured.map((o) => o.evidence)),
    outcomes,
  };
}

function supervisorRows(input: PortfolioInputWithoutMeasurements, today: string): SupervisorRow[] {
  const pilotOf = new Map(input.assignments.map((a) => [a.id, a.pilotId]));
  const names = new Map(input.people.map((p) => [p.id, p.name]));
  return supervisorLoads({
    people: input.people,
    assignments: input.assignments,
    logs: input.supervisionLogs,
    defaultCapacity: input.settings.supervisorDefaultCapacityHours,
    today,
  }).map((load) => {
    const loadByPilot: Record<string, number> = {};
    for (const a of load.assignments) {
      const pilotId = pilotOf.get(a.assignmentId);
      if (pilotId) loadByPilot[pilotId] = (loadByPilot[pilotId] ?? 0) + a.load;
    }
    return {
      personId: load.personId,
      name: names.get(load.personId) ?? '',
      capacity: load.capacity,
      loadByPilot,
    };
  });
}

/** The records the aggregation reads but the measurements and the supervision logs. */
export type PortfolioInputWithoutLogs = Omit<PortfolioInputWithoutMeasurements, 'supervisionLogs'>;

/** What the aggregation works out before it needs a supervision log (see aggregateWithoutLogs). */
export interface AggregateWithoutLogs {
  input: PortfolioInputWithoutLogs;
  today: string;
  /** By name, as `base.pilots` will be; with agent costs but supervision. */
  pending: (Omit<PendingPilot, 'agentCosts'> & { agentCosts: AgentCostWithoutLogs[] })[];
  agents: AgentRow[];
  clusters: DuplicateClusterRow[];
}

/**
 * The part of the aggregation that needs neither measurement nor supervision log: reuse,
 * duplication, each pilot's record and decisions, and its agents' build and running costs. The
 * worker works it out while the logs and the measurements, most of what it reads, are still being
 * read.
 */
export function aggregateWithoutLogs(
  input: PortfolioInputWithoutLogs,
  today: string,
): AggregateWithoutLogs {
  const people = new Map<string, Person>(input.people.map((p) => [p.id, p]));
  const usages = agentUsages(input.agents, input.assignments, today);
  const agents: AgentRow[] = usages.map((u) => ({
    id: u.agent.id,
    name: u.agent.name,
    inUse: u.agent.status !== 'retired' && u.activeAssignments.length > 0,
    pilotIds: u.pilotIds,
    servedCount: u.servedPersonIds.length,
  }));
  const agentName = new Map(input.agents.map((a) => [a.id, a.name]));
  const clusters: DuplicateClusterRow[] = findDuplicateClusters(
    usages,
    duplicateThresholdsOf(input.settings),
    dismissedClustersOf(input.settings),
  ).map((c) => ({
    key: c.key,
    agentNames: c.agentIds.map((id) => agentName.get(id) ?? ''),
    pilotIds: c.pilotIds,
    yearlyCost: c.yearlyCost,
  }));
  const assignmentsByAgent = groupBy(input.assignments, (a) => a.agentId);
  const assignmentsByPilot = groupBy(input.assignments, (a) => a.pilotId);
  const agentsById = new Map<string, Agent>(input.agents.map((a) => [a.id, a]));
  const agentCosts = (pilot: Pilot) => {
    const agentIds = new Set((assignmentsByPilot.get(pilot.id) ?? []).map((a) => a.agentId));
    // The same cost attribution the pilot page uses: every assignment of the pilot's agents.
    return agentCostsWithoutLogs({
      pilotId: pilot.id,
      assignments: [...agentIds].flatMap((id) => assignmentsByAgent.get(id) ?? []),
      agents: agentsById,
      today,
    });
  };
  const decisionsByPilot = groupBy(input.decisions, (d) => d.pilotId);
  const pending = input.pilots
    .map((pilot) => ({
      pilot,
      agentCosts: agentCosts(pilot),
      row: baseRow(pilot, people, decisionsByPilot.get(pilot.id) ?? []),
    }))
    .sort((a, b) => compareText(a.pilot.name, b.pilot.name) || compareText(a.pilot.id, b.pilot.id));
  return { input, today, pending, agents, clusters };
}

/**
 * The rest of the part that needs no measurement, once the supervision logs are in: the
 * supervision in every pilot's agent costs (the pilot page's own attribution), and supervisors.
 */
export function addSupervisionLogs(
  partial: AggregateWithoutLogs,
  supervisionLogs: readonly SupervisionLog[],
): AggregateWithoutMeasurements {
  const { today } = partial;
  const input: PortfolioInputWithoutMeasurements = {
    ...partial.input,
    supervisionLogs: [...supervisionLogs],
  };
  const assignmentsByPilot = groupBy(input.assignments, (a) => a.pilotId);
  const logsByAssignment = groupBy(input.supervisionLogs, (l) => l.assignmentId);
  const people = new Map<string, Person>(input.people.map((p) => [p.id, p]));
  const pending = partial.pending.map((p): PendingPilot => ({
    ...p,
    agentCosts: withSupervision(p.agentCosts, {
      logs: (assignmentsByPilot.get(p.pilot.id) ?? []).flatMap(
        (a): SupervisionLog[] => logsByAssignment.get(a.id) ?? [],
      ),
      people,
      supervisionHourlyCost: input.settings.supervisionHourlyCost,
    }),
  }));
  return {
    input,
    today,
    pending,
    base: {
      currency: input.settings.currency,
      fiscalYearStartMonth: input.settings.fiscalYearStartMonth,
      today,
      pilots: pending.map((p) => p.row),
      supervisors: supervisorRows(input, today),
      agents: partial.agents,
      clusters: partial.clusters,
    },
  };
}

/**
 * The part of the aggregation that needs no measurement: every pilot's agent costs (the pilot
 * page's own attribution), supervision, reuse and duplication. The worker works it out (in its
 * two steps, aggregateWithoutLogs then addSupervisionLogs) while the measurements, most of what
 * it reads, are still being read.
 */
export function aggregateWithoutMeasurements(
  input: PortfolioInputWithoutMeasurements,
  today: string,
): AggregateWithoutMeasurements {
  const { supervisionLogs, ...withoutLogs } = input;
  return addSupervisionLogs(aggregateWithoutLogs(withoutLogs, today), supervisionLogs);
}

/** A measurement series as the aggregation reads it. */
export type PortfolioSeries = PortfolioMeasurements['series'][number];

/**
 * An aggregation being finished as the series arrive in parts (see startCompletion): each pilot
 * is evaluated as soon as its series are in, so that little is left once the last part comes.
 */
export interface AggregateCompletion {
  /**
   * Takes a part of the series, then evaluates each pilot not evaluated yet for which
   * `ready(pilotId)` says all its series have come. Saying so wrongly costs time, never a figure:
   * finish() evaluates again every pilot one of whose series came after it was evaluated.
   */
  add: (series: readonly PortfolioSeries[], ready: (pilotId: string) => boolean) => void;
  /** The answer: the pilots not evaluated yet, and those evaluated too early, evaluated now. */
  finish: () => PortfolioAggregate;
}

/**
 * Begins finishing `partial` with the portfolio's `metrics` (all of them, read before the series).
 * Whatever the parts and whatever `ready` says, finish() answers exactly what
 * completeAggregate(partial, { metrics, series: every part }) does.
 */
export function startCompletion(
  partial: AggregateWithoutMeasurements,
  metrics: readonly Metric[],
): AggregateCompletion {
  const seriesByMetric = new Map<string, PortfolioSeries>();
  const ctx: PilotContext = {
    input: partial.input,
    today: partial.today,
    metricsByPilot: groupBy(metrics, (m) => m.pilotId),
    seriesByMetric,
  };
  /** Which add() brought each metric's series: 1 for the first. */
  const cameIn = new Map<string, number>();
  let parts = 0;
  const rows: (PortfolioPilotRow | undefined)[] = partial.pending.map(() => undefined);
  /** For each evaluated pilot, the number of parts that had come when it was evaluated. */
  const evaluatedAfter: number[] = partial.pending.map(() => 0);
  const evaluate = (i: number, pending: PendingPilot) => {
    rows[i] = pilotRow(pending, ctx);
    evaluatedAfter[i] = parts;
  };
  const stale = (i: number, pending: PendingPilot) =>
    (ctx.metricsByPilot.get(pending.pilot.id) ?? []).some(
      (m) => (cameIn.get(m.id) ?? 0) > (evaluatedAfter[i] ?? 0),
    );
  return {
    add: (series, ready) => {
      parts += 1;
      for (const s of series) {
        seriesByMetric.set(s.metricId, s);
        cameIn.set(s.metricId, parts);
      }
      partial.pending.forEach((pending, i) => {
        if (rows[i] === undefined && ready(pending.pilot.id)) evaluate(i, pending);
      });
    },
    finish: () => {
      partial.pending.forEach((pending, i) => {
        if (rows[i] === undefined || stale(i, pending)) evaluate(i, pending);
      });
      return { ...partial.base, pilots: rows.filter((r) => r !== undefined) };
    },
  };
}

/** The aggregation finished with the measurements: each pilot through `evaluatePilot`. */
export function completeAggregate(
  partial: AggregateWithoutMeasurements,
  measurements: PortfolioMeasurements,
): PortfolioAggregate {
  const completion = startCompletion(partial, measurements.metrics);
  completion.add(measurements.series, () => true);
  return completion.finish();
}

/**
 * The whole portfolio evaluated once: each pilot through `evaluatePilot` (the pilot page's own
 * function, so the two never disagree), plus supervision, reuse and duplication. Pure; the worker
 * calls its two halves with what it read from IndexedDB.
 */
export function aggregatePortfolio(input: PortfolioInput, today: string): PortfolioAggregate {
  return completeAggregate(aggregateWithoutMeasurements(input, today), input);
}
