import type { PilotStage } from '../../model';
// Not through ../../model: it would load the zod schemas into the dashboard's worker.
import { PILOT_STAGES } from '../../model/constants';
import type { EvidenceStrength } from '../evidence';
import { roi } from '../roi';
import {
  decisionsInPeriod,
  filterPilots,
  periodRange,
  type DateRange,
  type PortfolioFilters,
} from './filters';
import { valueCostChart, type ValueCostChart } from './quadrants';
import type {
  DuplicateClusterRow,
  PortfolioAggregate,
  PortfolioAggregateBase,
  PortfolioDecision,
  PortfolioPilotBase,
  PortfolioPilotRow,
} from './types';
import { compareText } from '../../text/compareText';

/** Progress at or above this share of the target counts as "on target" in the attainment chart. */
export const ATTAINMENT_ON_TARGET = 0.8;

/** The headline figures that need no measurement (see PortfolioBaseView). */
export interface BaseTiles {
  active: number;
  stopped: number;
  activeByStage: Record<PilotStage, number>;
  /** Budget granted (positive deltas) by decisions in the period. */
  granted: number;
  /** Of which by earned expansions. */
  grantedEarned: number;
  expansions: number;
  earnedExpansions: number;
  /** Supervisors' weekly hours on the pilots shown, and their weekly capacity. */
  supervisionHours: number;
  supervisionCapacity: number;
  overloadedSupervisors: number;
  /** Yearly running cost of duplicated agents that touch the pilots shown. */
  duplicationSavings: number;
}

export interface Tiles extends BaseTiles {
  value: number;
  cost: number;
  roi: number | null;
}

export interface LadderRung {
  stage: PilotStage;
  pilots: number;
  /** Pilots a decision in the period moved onto this rung. */
  entered: number;
}

export const ATTAINMENT_BUCKETS = [
  { label: 'Below baseline', from: -Infinity, to: 0 },
  { label: '0–49 %', from: 0, to: 0.5 },
  { label: '50–79 %', from: 0.5, to: ATTAINMENT_ON_TARGET },
  { label: '80–99 %', from: ATTAINMENT_ON_TARGET, to: 1 },
  { label: '≥ 100 %', from: 1, to: Infinity },
] as const;

export type AttainmentBucket = { label: string } & Record<EvidenceStrength, number>;

export interface GrantPeriod {
  /** e.g. "2026 Q1". */
  label: string;
  earned: number;
  notEarned: number;
}

export interface SupervisionBar {
  personId: string;
  name: string;
  load: number;
  capacity: number;
}

export interface ReuseView {
  agentsInUse: number;
  acrossPilots: number;
  servingSeveral: number;
  reuseRate: number | null;
  clusters: DuplicateClusterRow[];
  savings: number;
}

/**
 * What the dashboard draws before the measurements are read (from the worker's first answer):
 * the same figures the full view then holds, so nothing drawn from it changes.
 */
export interface PortfolioBaseView<P extends PortfolioPilotBase = PortfolioPilotBase> {
  pilots: P[];
  range: DateRange;
  decisions: PortfolioDecision[];
  tiles: BaseTiles;
  ladder: LadderRung[];
  grants: GrantPeriod[];
  supervision: SupervisionBar[];
  reuse: ReuseView;
}

export interface PortfolioView extends PortfolioBaseView<PortfolioPilotRow> {
  tiles: Tiles;
  valueCost: ValueCostChart;
  attainment: { buckets: AttainmentBucket[]; measured: number; onTarget: number };
}

function quarterOf(date: string): string {
  return `${date.slice(0, 4)} Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

function grantsByQuarter(decisions: readonly PortfolioDecision[]): GrantPeriod[] {
  const map = new Map<string, GrantPeriod>();
  for (const d of decisions) {
    if (d.budgetDelta <= 0) continue;
    const label = quarterOf(d.date);
    const period = map.get(label) ?? { label, earned: 0, notEarned: 0 };
    if (d.earned) period.earned += d.budgetDelta;
    else period.notEarned += d.budgetDelta;
    map.set(label, period);
  }
  return [...map.values()].sort((a, b) => compareText(a.label, b.label));
}

function attainment(pilots: readonly PortfolioPilotRow[]): PortfolioView['attainment'] {
  const buckets: AttainmentBucket[] = ATTAINMENT_BUCKETS.map((b) => ({
    label: b.label,
    none: 0,
    weak: 0,
    moderate: 0,
    strong: 0,
  }));
  let measured = 0;
  let onTarget = 0;
  for (const p of pilots) {
    const share = p.attainment;
    if (share === null) continue;
    measured += 1;
    if (share >= ATTAINMENT_ON_TARGET) onTarget += 1;
    const index = ATTAINMENT_BUCKETS.findIndex((b) => share >= b.from && share < b.to);
    const bucket = buckets[index];
    if (bucket) bucket[p.attainmentEvidence] += 1;
  }
  return { buckets, measured, onTarget };
}

function supervision(
  aggregate: PortfolioAggregateBase,
  ids: ReadonlySet<string>,
): SupervisionBar[] {
  return aggregate.supervisors
    .map((s) => ({
      personId: s.personId,
      name: s.name,
      capacity: s.capacity,
      load: Object.entries(s.loadByPilot).reduce((sum, [id, h]) => sum + (ids.has(id) ? h : 0), 0),
    }))
    .filter((s) => s.load > 0)
    .sort(
      (a, b) =>
        b.load / (b.capacity || 1) - a.load / (a.capacity || 1) || compareText(a.name, b.name),
    );
}

function reuse(aggregate: PortfolioAggregateBase, ids: ReadonlySet<string>): ReuseView {
  const inUse = aggregate.agents.filter((a) => a.inUse && a.pilotIds.some((id) => ids.has(id)));
  const acrossPilots = inUse.filter((a) => a.pilotIds.length > 1).length;
  const clusters = aggregate.clusters.filter((c) => c.pilotIds.some((id) => ids.has(id)));
  return {
    agentsInUse: inUse.length,
    acrossPilots,
    servingSeveral: inUse.filter((a) => a.servedCount > 1).length,
    reuseRate: inUse.length > 0 ? acrossPilots / inUse.length : null,
    clusters,
    savings: clusters.reduce((s, c) => s + c.yearlyCost, 0),
  };
}

/** The part of the view that needs no measurement: over the worker's first answer or its full one. */
export function portfolioBaseView<P extends PortfolioPilotBase>(
  aggregate: PortfolioAggregateBase & { pilots: P[] },
  filters: PortfolioFilters,
): PortfolioBaseView<P> {
  const pilots = filterPilots(aggregate.pilots, filters);
  const ids = new Set(pilots.map((p) => p.id));
  const range = periodRange(filters.period, aggregate.today, aggregate.fiscalYearStartMonth);
  const decisions = decisionsInPeriod(pilots, range);
  const running = pilots.filter((p) => p.stage !== 'stopped');

  const activeByStage = Object.fromEntries(PILOT_STAGES.map((s) => [s, 0])) as Record<
    PilotStage,
    number
  >;
  for (const p of pilots) activeByStage[p.stage] += 1;
  const grants = decisions.filter((d) => d.budgetDelta > 0);
  const expansions = decisions.filter((d) => d.kind === 'expand');
  const supervisionBars = supervision(aggregate, ids);
  const reuseView = reuse(aggregate, ids);

  const ladder = PILOT_STAGES.map((stage) => ({
    stage,
    pilots: activeByStage[stage],
    entered: decisions.filter((d) => d.stageAfter === stage && d.stageBefore !== stage).length,
  }));

  return {
    pilots,
    range,
    decisions,
    tiles: {
      active: running.length,
      stopped: pilots.length - running.length,
      activeByStage,
      granted: grants.reduce((s, d) => s + d.budgetDelta, 0),
      grantedEarned: grants.filter((d) => d.earned).reduce((s, d) => s + d.budgetDelta, 0),
      expansions: expansions.length,
      earnedExpansions: expansions.filter((d) => d.earned).length,
      supervisionHours: supervisionBars.reduce((s, b) => s + b.load, 0),
      supervisionCapacity: supervisionBars.reduce((s, b) => s + b.capacity, 0),
      overloadedSupervisors: supervisionBars.filter((b) => b.load > b.capacity).length,
      duplicationSavings: reuseView.savings,
    },
    ladder,
    grants: grantsByQuarter(decisions),
    supervision: supervisionBars,
    reuse: reuseView,
  };
}

/**
 * Everything the dashboard draws, from the worker's rows and the filters: every tile and chart
 * reads this one view, so they always describe the same pilots and the same period.
 */
export function portfolioView(
  aggregate: PortfolioAggregate,
  filters: PortfolioFilters,
): PortfolioView {
  const base = portfolioBaseView(aggregate, filters);
  const { pilots } = base;
  const value = pilots.reduce((s, p) => s + p.value, 0);
  const cost = pilots.reduce((s, p) => s + p.cost, 0);
  return {
    ...base,
    tiles: { ...base.tiles, value, cost, roi: roi(value, cost) },
    valueCost: valueCostChart(pilots),
    attainment: attainment(pilots),
  };
}
