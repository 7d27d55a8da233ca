import * as Tooltip from '@radix-ui/react-tooltip';
import type { Recommendation } from '@shared/domain';
import type { DecisionKind } from '@shared/model';

export const DECISION_LABELS: Record<DecisionKind, string> = {
  expand: 'Expand',
  continue: 'Continue',
  pivot: 'Pivot',
  stop: 'Stop',
};

/**
 * The app's recommendation for a pilot; its reasons show on hover and on keyboard focus, and are
 * read out with the badge, so the number behind it is never hidden.
 */
export function RecommendationBadge({
  recommendation,
}: {
  recommendation: Pick<Recommendation, 'kind' | 'reasons'>;
}) {
  const label = `Recommendation: ${DECISION_LABELS[recommendation.kind]}`;
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        <button
          type="button"
          className={`badge badge-button rec-${recommendation.kind}`}
          aria-label={`${label}. ${recommendation.reasons.join(' ')}`}
        >
          <span className="badge-dot" aria-hidden="true" />
          Recommend: {DECISION_LABELS[recommendation.kind]}
        </button>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip tooltip-wide" sideOffset={6} align="start">
          <strong>{label}</strong>
          <ul className="reason-list">
            {recommendation.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
