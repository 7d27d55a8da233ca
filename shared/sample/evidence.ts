import type { EvidenceSnapshot, MeasurementSeries, RecommendationSnapshot } from '../model';
import type { AgentUse } from './agents';
import type { PlannedMetric } from './metrics';
import type { PlannedPilot } from './plan';

/**
 * A simplified evidence and recommendation computation, used only to freeze plausible snapshots
 * into sample decisions as the app would have shown them at the time. The app's own engine lives
 * elsewhere; this one follows the default gate criteria so snapshots and reasons agree.
 */

export type EvidenceStrength = 'none' | 'weak' | 'moderate' | 'strong';

/** What a decision's snapshot needs to know about one pilot. */
export interface PilotFacts {
  planned: PlannedPilot;
  metrics: { pm: PlannedMetric; series: MeasurementSeries }[];
  agents: AgentUse[];
  supervisionHoursPerWeek: number;
}

interface MetricReading {
  pm: PlannedMetric;
  /** Measurements up to the day, including the baseline period. */
  measurements: number;
  /** Measurements after go-live up to the day. */
  post: number;
  progress: number | null;
  evidence: EvidenceStrength;
  latestValue: number | null;
  value: number;
}

const PROGRESS_ON_TARGET = 0.8;
const SHARE_TO_EXPAND = 0.75;
const MIN_ROI = 1.5;

/** Index of the first element greater than `x` in an ascending array. */
function upperBound(days: Float64Array, x: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function read(pm: PlannedMetric, series: MeasurementSeries, day: number): MetricReading {
  const { metric } = pm;
  const start = pm.planned.plan.startDay ?? day;
  const end = upperBound(series.days, day);
  const firstPost = upperBound(series.days, start);
  const post = Math.max(0, end - firstPost);
  const v = series.values;
  let sum = 0;
  for (let i = firstPost; i < end; i++) sum += v[i] ?? 0;
  const mean = post > 0 ? sum / post : metric.baseline;
  let ss = 0;
  for (let i = firstPost; i < end; i++) ss += ((v[i] ?? 0) - mean) ** 2;
  const sd = post > 1 ? Math.sqrt(ss / (post - 1)) : 0;
  const recentFrom = Math.max(firstPost, end - 4);
  let recent = 0;
  for (let i = recentFrom; i < end; i++) recent += v[i] ?? 0;
  recent = end > recentFrom ? recent / (end - recentFrom) : metric.baseline;
  const span = metric.target - metric.baseline;
  const progress = post > 0 && span !== 0 ? (recent - metric.baseline) / span : null;
  // How clearly the mean after go-live differs from the baseline, in standard errors.
  const t = sd > 0 ? Math.abs(mean - metric.baseline) / (sd / Math.sqrt(post)) : post > 0 ? 99 : 0;
  const evidence: EvidenceStrength =
    post < 3
      ? 'none'
      : t >= 4 && post >= 8
        ? 'strong'
        : t >= 2.5 && post >= 5
          ? 'moderate'
          : t >= 1.5
            ? 'weak'
            : 'none';
  const good = (mean - metric.baseline) * (metric.direction === 'lower' ? -1 : 1);
  const value =
    metric.kind === 'outcome' && metric.valuePerUnit !== null
      ? Math.max(0, good) * metric.valuePerUnit * post
      : 0;
  return {
    pm,
    measurements: end,
    post,
    progress: progress === null ? null : Math.round(progress * 100) / 100,
    evidence,
    latestValue: end > 0 ? (v[end - 1] ?? null) : null,
    value,
  };
}

/** Cost so far: budget held, own agents' build and running costs, a share of group services', supervision. */
function costAt(facts: PilotFacts, day: number, budget: number, hourlyCost: number): number {
  const start = facts.planned.plan.startDay ?? day;
  const weeks = Math.max(0, (day - start) / 7);
  let cost = budget + facts.supervisionHoursPerWeek * weeks * hourlyCost;
  for (const use of facts.agents) {
    const share = use.template.shared ? 0.1 : 1;
    cost += share * (use.agent.buildCost + use.agent.monthlyRunningCost * (weeks / 4.35));
  }
  return cost;
}

function money(v: number): string {
  if (Math.abs(v) >= 1_000_000) return `€${(v / 1_000_000).toFixed(1)}M`;
  return `€${Math.round(v / 1_000)}k`;
}

function pct(p: number): string {
  return `${Math.round(p * 100)} %`;
}

const ranks: Record<EvidenceStrength, number> = { none: 0, weak: 1, moderate: 2, strong: 3 };

export interface Assessment {
  evidence: EvidenceSnapshot;
  recommendation: RecommendationSnapshot;
  /** The primary outcome's reading, for rationale text. */
  primary: { name: string; progress: number | null; evidence: EvidenceStrength } | null;
}

/** Evidence and the recommendation it supports for a pilot on `day`, holding `budget`. */
export function assess(
  facts: PilotFacts,
  day: number,
  budget: number,
  hourlyCost: number,
): Assessment {
  const readings = facts.metrics.map(({ pm, series }) => read(pm, series, day));
  const value = Math.round(readings.reduce((s, r) => s + r.value, 0));
  const cost = Math.round(costAt(facts, day, budget, hourlyCost));
  const roi = cost > 0 ? Math.round((value / cost) * 100) / 100 : null;
  const evidence: EvidenceSnapshot = {
    metrics: readings.map((r) => ({
      metricId: r.pm.metric.id,
      name: r.pm.metric.name,
      kind: r.pm.metric.kind,
      progress: r.progress,
      evidence: r.evidence,
      latestValue: r.latestValue,
      measurements: r.measurements,
    })),
    value,
    cost,
    roi,
  };
  const outcomes = readings.filter((r) => r.pm.metric.kind === 'outcome');
  const activities = readings.filter((r) => r.pm.metric.kind === 'activity');
  const first = outcomes[0];
  const primary = first
    ? { name: first.pm.metric.name, progress: first.progress, evidence: first.evidence }
    : null;
  const roiLine =
    roi === null
      ? 'No cost recorded yet'
      : `Value ${money(value)} is ${roi.toFixed(1)}× cost ${money(cost)}`;
  const weeks = Math.round((day - (facts.planned.plan.startDay ?? day)) / 7);

  const recommend = (kind: RecommendationSnapshot['kind'], reasons: string[]): Assessment => ({
    evidence,
    recommendation: { kind, reasons },
    primary,
  });

  if (!first || outcomes.every((r) => r.post < 3)) {
    return recommend('continue', [
      `Too few measurements: ${first?.post ?? 0} since go-live`,
      'Review again once at least six values are in',
    ]);
  }
  const onTarget = outcomes.filter(
    (r) =>
      r.progress !== null &&
      r.progress >= PROGRESS_ON_TARGET &&
      ranks[r.evidence] >= ranks.moderate,
  );
  const share = onTarget.length / outcomes.length;
  const targetLine = `${onTarget.length} of ${outcomes.length} outcome metrics at ≥ 80 % of target with moderate or strong evidence`;
  if (share >= SHARE_TO_EXPAND && roi !== null && roi >= MIN_ROI) {
    return recommend('expand', [targetLine, roiLine]);
  }
  if (first.progress !== null && first.progress <= -0.15 && first.evidence !== 'none') {
    return recommend('stop', [
      `${first.pm.metric.name} moved the wrong way: ${pct(first.progress)} of the way to target`,
      roiLine,
    ]);
  }
  const flat = outcomes.every((r) => (r.progress ?? 0) < 0.2);
  const busy = activities.filter((r) => (r.progress ?? 0) >= 0.5);
  const [loudest] = busy;
  if (flat && loudest) {
    return recommend('pivot', [
      `Busy but not better: ${loudest.pm.metric.name} at ${pct(loudest.progress ?? 0)} of its target while no outcome moved 20 % of the way`,
      roiLine,
    ]);
  }
  if (flat && weeks >= 12) {
    return recommend('pivot', [
      `No outcome metric moved 20 % of the way to target after ${weeks} weeks`,
      roiLine,
    ]);
  }
  const best = outcomes.reduce((a, b) => ((b.progress ?? -9) > (a.progress ?? -9) ? b : a));
  return recommend('continue', [
    targetLine,
    `Best: ${best.pm.metric.name} at ${pct(best.progress ?? 0)} of target (${best.evidence} evidence)`,
    roiLine,
  ]);
}
