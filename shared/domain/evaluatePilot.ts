import { isoToDay } from '../dates';
import type { GateCriteria, MeasurementSeries, Metric, Pilot } from '../model';
import { pilotCost, type AgentCostShare, type PilotCost } from './cost';
import { pilotHealth, type PilotHealthResult } from './health';
import { recommend, type Recommendation } from './recommendation';
import { roi } from './roi';
import { summarizeMetric, type MetricSummary } from './summarizeMetric';
import { pilotValueCreated, type PilotValue } from './value';
import { compareText } from '../text/compareText';

export interface PilotEvaluationInput {
  pilot: Pilot;
  metrics: readonly Metric[];
  /** Series by metric id; a metric without one has never been measured. */
  seriesByMetric: ReadonlyMap<string, Pick<MeasurementSeries, 'days' | 'values'>>;
  /** Agents' costs attributed to this pilot; empty until agents are assigned. */
  agentCosts: readonly AgentCostShare[];
  criteria: GateCriteria;
  today: string;
}

/** Everything the app says about one pilot, with the numbers behind it. */
export interface PilotEvaluation {
  /** Outcome metrics first, then activity; by name within each kind. */
  summaries: MetricSummary[];
  value: PilotValue;
  cost: PilotCost;
  roi: number | null;
  recommendation: Recommendation;
  health: PilotHealthResult;
}

function byKindThenName(a: MetricSummary, b: MetricSummary): number {
  if (a.kind !== b.kind) return a.kind === 'outcome' ? -1 : 1;
  return compareText(a.name, b.name) || compareText(a.metricId, b.metricId);
}

/**
 * One pilot's evidence, value, cost, recommendation and health. Pure, so the pilot page, the
 * decision dialog and the portfolio worker compute exactly the same thing.
 */
export function evaluatePilot(input: PilotEvaluationInput): PilotEvaluation {
  const sinceDay = input.pilot.startDate ? isoToDay(input.pilot.startDate) : null;
  const summaries = input.metrics
    .map((metric) =>
      summarizeMetric(metric, input.seriesByMetric.get(metric.id) ?? null, {
        sinceDay,
        flatThreshold: input.criteria.flatThreshold,
      }),
    )
    .sort(byKindThenName);
  const value = pilotValueCreated(summaries);
  const cost = pilotCost({ budget: input.pilot.budget, agents: input.agentCosts });
  const recommendation = recommend({
    pilot: input.pilot,
    metrics: summaries,
    value: value.total,
    cost: cost.total,
    today: input.today,
    criteria: input.criteria,
  });
  return {
    summaries,
    value,
    cost,
    roi: roi(value.total, cost.total),
    recommendation,
    health: pilotHealth(summaries, input.criteria),
  };
}
