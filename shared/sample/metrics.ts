import type { Metric, MetricDefinition, PilotStage } from '../model';
import { METRIC_SPECS, metricSpec, type MetricSpec } from './catalogue/metrics';
import type { Story } from './catalogue/pilots';
import { recordMeta } from './clock';
import type { PlannedPilot, SampleContext } from './plan';
import type { Random } from './random';

/** A pilot's metric with the spec it was made from, for the series and decisions that follow. */
export interface PlannedMetric {
  planned: PlannedPilot;
  metric: Metric;
  spec: MetricSpec;
  /** Position within the pilot: 0 is the primary outcome. */
  rank: number;
}

/** Rounds to the metric's precision. */
export function roundValue(value: number, decimals: number): number {
  const f = decimals === 0 ? 1 : decimals === 1 ? 10 : 100;
  return Math.round(value * f) / f;
}

/** Two significant digits: a value per unit someone agreed in a meeting, not a computed one. */
function roundSignificant(value: number): number {
  if (value <= 0) return 0;
  const exponent = Math.floor(Math.log10(value)) - 1;
  // Divide by a power of ten rather than multiply by a fraction: 23 / 10 is exactly 2.3 as printed.
  return exponent >= 0
    ? Math.round(value / 10 ** exponent) * 10 ** exponent
    : Math.round(value * 10 ** -exponent) / 10 ** -exponent;
}

/**
 * What reaching the target is worth per week, by stage: value per unit is derived from it so that
 * a pilot that hits its targets creates value comfortably above its cost, and a scaled one much more.
 */
function weeklyValueAtTarget(stage: PilotStage, story: Story, rng: Random): number {
  const base =
    stage === 'scaled'
      ? rng.range(15_000, 32_000)
      : stage === 'scaling'
        ? rng.range(8_000, 18_000)
        : rng.range(3_500, 8_000);
  return story === 'success' ? base * 1.3 : base;
}

export function generateMetricDefinitions(ctx: SampleContext, rng: Random): MetricDefinition[] {
  return METRIC_SPECS.filter((s) => s.library).map((s) => ({
    ...recordMeta(rng, ctx.originDay, ctx.originDay + rng.int(0, 30)),
    name: s.name,
    unit: s.unit,
    kind: s.kind,
    direction: s.direction,
    cadence: s.cadence,
    description: s.description,
  }));
}

/**
 * Started pilots get 1–3 outcome metrics (the primary always) and 0–2 activity metrics; a "busy"
 * pilot always records activity, since rising activity is its story. Ideas are not measured yet.
 */
export function generateMetrics(
  ctx: SampleContext,
  pilots: PlannedPilot[],
  definitions: MetricDefinition[],
  rng: Random,
): PlannedMetric[] {
  const definitionByName = new Map(definitions.map((d) => [d.name, d]));
  const out: PlannedMetric[] = [];
  for (const planned of pilots) {
    const { plan, pilot } = planned;
    const startDay = plan.startDay;
    if (startDay === null) continue;
    const { outcomes, activities } = plan.template;
    const outcomeKeys = outcomes.slice(0, rng.int(Math.min(2, outcomes.length), outcomes.length));
    const minActivities = plan.story === 'busy' ? 1 : 0;
    const activityKeys = activities.slice(
      0,
      rng.int(Math.min(minActivities, activities.length), Math.min(2, activities.length)),
    );
    const weeklyValue = weeklyValueAtTarget(plan.stage, plan.story, rng);
    [...outcomeKeys, ...activityKeys].forEach((key, i) => {
      const spec = metricSpec(key);
      const baseline = roundValue(rng.range(spec.baseline[0], spec.baseline[1]), spec.decimals);
      const change = baseline * rng.range(spec.improvement[0], spec.improvement[1]);
      let target = roundValue(
        spec.direction === 'lower' ? baseline - change : baseline + change,
        spec.decimals,
      );
      if (spec.max !== undefined) target = Math.min(spec.max, target);
      if (target === baseline)
        target = roundValue(baseline + (spec.direction === 'lower' ? -1 : 1), spec.decimals);
      const delta = Math.abs(target - baseline);
      // The primary outcome is always priced so the pilot has a value case; others sometimes not.
      const priced = spec.priced && (i === 0 || rng.chance(0.8));
      const periodsPerWeek =
        spec.cadence === 'monthly' ? 4.35 : spec.cadence === 'quarterly' ? 13 : 1;
      const created = Math.max(ctx.originDay, startDay - rng.int(7, 28));
      const definition = spec.library ? definitionByName.get(spec.name) : undefined;
      const metric: Metric = {
        ...recordMeta(rng, created, created + rng.int(0, 14)),
        name: spec.name,
        unit: spec.unit,
        kind: spec.kind,
        direction: spec.direction,
        cadence: spec.cadence,
        pilotId: pilot.id,
        definitionId: definition?.id ?? null,
        baseline,
        target,
        valuePerUnit: priced
          ? roundSignificant((weeklyValue * periodsPerWeek * (i === 0 ? 1 : 0.6)) / delta)
          : null,
      };
      out.push({ planned, metric, spec, rank: i });
    });
  }
  return out;
}
