import type { GateCriteria } from '../model';
import { atLeast } from './evidence';
import type { MetricSummary } from './summarizeMetric';

/**
 * An outcome metric counts as on target when its recent value has reached the criteria's progress
 * threshold, its evidence is at least the criteria's minimum, and that evidence is of an
 * improvement (a mean change in the good direction): evidence strength alone does not say which
 * way a metric moved.
 */
export function isOnTarget(
  m: MetricSummary,
  criteria: Pick<GateCriteria, 'outcomeProgressThreshold' | 'minEvidence'>,
): boolean {
  return (
    m.progress !== null &&
    m.progress >= criteria.outcomeProgressThreshold &&
    atLeast(m.evidence, criteria.minEvidence) &&
    (m.meanChange ?? 0) > 0
  );
}
