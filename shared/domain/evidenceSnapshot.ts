import type { EvidenceSnapshot } from '../model';
import { roi } from './roi';
import type { MetricSummary } from './summarizeMetric';

/**
 * The evidence frozen into a decision: each metric's progress, evidence, latest value and count,
 * and the pilot's value, cost and ROI — so the decision can be audited after the data has moved on.
 */
export function evidenceSnapshot(
  metrics: readonly MetricSummary[],
  value: number,
  cost: number,
): EvidenceSnapshot {
  return {
    metrics: metrics.map((m) => ({
      metricId: m.metricId,
      name: m.name,
      kind: m.kind,
      progress: m.progress,
      evidence: m.evidence,
      latestValue: m.latestValue,
      measurements: m.measurements,
    })),
    value,
    cost,
    roi: roi(value, cost),
  };
}
