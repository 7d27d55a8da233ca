import type { DecisionKind } from '@shared/model';
import { DECISION_LABELS } from '../../components/RecommendationBadge';

/** What was decided, in the same colours as the recommendation of the same kind. */
export function DecisionKindBadge({ kind }: { kind: DecisionKind }) {
  return (
    <span className={`badge rec-${kind}`}>
      <span className="badge-dot" aria-hidden="true" />
      {DECISION_LABELS[kind]}
    </span>
  );
}
