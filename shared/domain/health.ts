import type { GateCriteria } from '../model';
// Not through ../model: it would load the zod schemas into the dashboard's worker.
import { defaultGateCriteria } from '../model/constants';
import { byNameThenId, recentVsBaseline } from './describeMetric';
import { atLeast } from './evidence';
import { isOnTarget } from './onTarget';
import { summaryTrend, type MetricSummary } from './summarizeMetric';

export const PILOT_HEALTHS = ['on-track', 'at-risk', 'off-track', 'unknown'] as const;
export type PilotHealth = (typeof PILOT_HEALTHS)[number];

export interface PilotHealthResult {
  health: PilotHealth;
  /** One sentence for the header's tooltip. */
  reason: string;
}

/**
 * A pilot's health for its header, from its outcome metrics only (activity never makes a pilot
 * healthy):
 * - unknown: no outcome metric, or none measured yet;
 * - off-track: an outcome moving the wrong way with at least moderate evidence;
 * - on-track: every outcome on target, or improving, with the criteria's minimum evidence;
 * - at-risk: anything else — flat, too little evidence, or some outcomes not yet moving.
 * Lighter than the recommendation: it says how the pilot is doing now, not what to decide.
 */
export function pilotHealth(
  metrics: readonly MetricSummary[],
  criteria: GateCriteria,
): PilotHealthResult {
  const c: GateCriteria = { ...defaultGateCriteria, ...criteria };
  const outcomes = metrics.filter((m) => m.kind === 'outcome').sort(byNameThenId);
  if (outcomes.length === 0) {
    return { health: 'unknown', reason: 'No outcome metric defined yet.' };
  }
  if (outcomes.every((m) => m.measurements === 0)) {
    return { health: 'unknown', reason: 'No outcome measurements yet.' };
  }
  const worsening = outcomes.find(
    (m) => summaryTrend(m, c.flatThreshold) === 'worsening' && atLeast(m.evidence, 'moderate'),
  );
  if (worsening) {
    return {
      health: 'off-track',
      reason: `${worsening.name} is moving the wrong way with ${worsening.evidence} evidence (${recentVsBaseline(worsening)}).`,
    };
  }
  const good = outcomes.filter(
    (m) =>
      isOnTarget(m, c) ||
      (summaryTrend(m, c.flatThreshold) === 'improving' && atLeast(m.evidence, c.minEvidence)),
  );
  const reason = `${good.length} of ${outcomes.length} outcome ${outcomes.length === 1 ? 'metric' : 'metrics'} on target or improving with enough evidence.`;
  return { health: good.length === outcomes.length ? 'on-track' : 'at-risk', reason };
}
