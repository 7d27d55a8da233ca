import {
  agentUsages,
  attributeAgentCosts,
  dismissedClustersOf,
  duplicateThresholdsOf,
  findDuplicateClusters,
  supervisorLoads,
} from '../agents';
import { isExpansionEarned } from '../earnedExpansion';
import { evaluatePilot } from '../evaluatePilot';
import { EVIDENCE_STRENGTHS, type EvidenceStrength } from '../evidence';
import {
  defaultGateCriteria,
  type Agent,
  type Assignment,
  type Decision,
  type MeasurementSeries,
  type Metric,
  type PortfolioData,
  type Person,
  type Pilot,
  type SupervisionLog,
} from '../../model';
import type {
  AgentRow,
  DuplicateClusterRow,
  OutcomeStanding,
  PortfolioAggregate,
  PortfolioDecision,
  PortfolioPilotRow,
  SupervisorRow,
} from './types';

/** The records the aggregation reads: a portfolio without its lessons, history and library. */
export type PortfolioInput = Pick<
  PortfolioData,
  'settings' | 'people' | 'pilots' | 'agents' | 'assignments' | 'supervisionLogs' | 'decisions'
> & {
  metrics: readonly Metric[];
  series: readonly Pick<MeasurementSeries, 'metricId' | 'days' | 'values'>[];
};

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

interface PilotContext {
  input: PortfolioInput;
  today: string;
  metricsByPilot: Map<string, Metric[]>;
  seriesByMetric: Map<string, Pick<MeasurementSeries, 'days' | 'values'>>;
  assignmentsByAgent: Map<string, Assignment[]>;
  assignmentsByPilot: Map<string, Assignment[]>;
  decisionsByPilot: Map<string, Decision[]>;
  logsByAssignment: Map<string, SupervisionLog[]>;
  agents: Map<string, Agent>;
  people: Map<string, Person>;
}

function pilotRow(pilot: Pilot, ctx: PilotContext): PortfolioPilotRow {
  const { input } = ctx;
  const mine = ctx.assignmentsByPilot.get(pilot.id) ?? [];
  const agentIds = new Set(mine.map((a) => a.agentId));
  // The same cost attribution the pilot page uses: every assignment of the pilot's agents.
  const agentCosts = attributeAgentCosts({
    pilotId: pilot.id,
    assignments: [...agentIds].flatMap((id) => ctx.assignmentsByAgent.get(id) ?? []),
    agents: ctx.agents,
    logs: mine.flatMap((a) => ctx.logsByAssignment.get(a.id) ?? []),
    people: ctx.people,
    supervisionHourlyCost: input.settings.supervisionHourlyCost,
    today: ctx.today,
  });
  const evaluation = evaluatePilot({
    pilot,
    metrics: ctx.metricsByPilot.get(pilot.id) ?? [],
    seriesByMetric: ctx.seriesByMetric,
    agentCosts,
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
    id: pilot.id,
    name: pilot.name,
    businessUnit: pilot.businessUnit,
    stage: pilot.stage,
    sponsorId: pilot.sponsorId,
    sponsorName: pilot.sponsorId ? (ctx.people.get(pilot.sponsorId)?.name ?? '') : '',
    tags: pilot.tags,
    startDate: pilot.startDate,
    nextReviewDate: pilot.nextReviewDate,
    endDate: pilot.endDate,
    budget: pilot.budget,
    fte: pilot.fte,
    agentSeats: pilot.agentSeats,
    value: evaluation.value.total,
    cost: evaluation.cost.total,
    roi: evaluation.roi,
    recommendation: evaluation.recommendation.kind,
    reasons: evaluation.recommendation.reasons,
    attainment,
    attainmentEvidence: weakest(measured.map((o) => o.evidence)),
    outcomes,
    decisions: (ctx.decisionsByPilot.get(pilot.id) ?? [])
      .map(decisionRow)
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
  };
}

function supervisorRows(input: PortfolioInput, today: string): SupervisorRow[] {
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

/**
 * The whole portfolio evaluated once: each pilot through `evaluatePilot` (the pilot page's own
 * function, so the two never disagree), plus supervision, reuse and duplication. Pure; the worker
 * calls it with what it read from IndexedDB.
 */
export function aggregatePortfolio(input: PortfolioInput, today: string): PortfolioAggregate {
  const ctx: PilotContext = {
    input,
    today,
    metricsByPilot: groupBy(input.metrics, (m) => m.pilotId),
    seriesByMetric: new Map(input.series.map((s) => [s.metricId, s])),
    assignmentsByAgent: groupBy(input.assignments, (a) => a.agentId),
    assignmentsByPilot: groupBy(input.assignments, (a) => a.pilotId),
    decisionsByPilot: groupBy(input.decisions, (d) => d.pilotId),
    logsByAssignment: groupBy(input.supervisionLogs, (l) => l.assignmentId),
    agents: new Map(input.agents.map((a) => [a.id, a])),
    people: new Map(input.people.map((p) => [p.id, p])),
  };
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
  return {
    currency: input.settings.currency,
    fiscalYearStartMonth: input.settings.fiscalYearStartMonth,
    today,
    pilots: input.pilots
      .map((p) => pilotRow(p, ctx))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    supervisors: supervisorRows(input, today),
    agents,
    clusters,
  };
}
