import type { RecommendationChecks } from '@shared/domain';
import type { RecommendationSnapshot } from '@shared/model';
import { DECISION_LABELS } from '../../components/RecommendationBadge';
import { formatNumber } from '../../components/format';

function gateLine(checks: RecommendationChecks): string {
  const outcomes = `Outcome metrics on target: ${checks.outcomesOnTarget} of ${checks.outcomeMetrics} (${checks.outcomesNeeded} needed)`;
  const roi =
    checks.roi === null
      ? `ROI: not measurable yet (minimum ${formatNumber(checks.minRoi, 2)}×)`
      : `ROI ${formatNumber(checks.roi, 1)}× (minimum ${formatNumber(checks.minRoi, 2)}×)`;
  return `${outcomes} · ${roi}`;
}

/**
 * The app's recommendation with every reason written out (not hidden in a tooltip), and — when
 * computed live — the two gate checks behind it.
 */
export function RecommendationSummary(props: {
  recommendation: RecommendationSnapshot;
  checks?: RecommendationChecks;
  /** "Recommend" now; "Recommended then" for a frozen snapshot. */
  prefix?: string;
}) {
  const { recommendation } = props;
  return (
    <div className="rec-summary">
      <span className={`badge rec-${recommendation.kind}`}>
        <span className="badge-dot" aria-hidden="true" />
        {props.prefix ?? 'Recommend'}: {DECISION_LABELS[recommendation.kind]}
      </span>
      <ul className="reason-list">
        {recommendation.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {props.checks && <p className="gate-line">{gateLine(props.checks)}</p>}
    </div>
  );
}
