import { isExpansionEarned } from '@shared/domain';
import type { Decision } from '@shared/model';
import { DECISION_LABELS } from '../../components/RecommendationBadge';

export interface EarnedVerdict {
  earned: boolean;
  label: 'Earned' | 'Not earned';
  /** One sentence saying why, citing the recommendation frozen with the decision. */
  explanation: string;
}

/** Earned or not, and why — only expansions are judged (null for any other decision). */
export function earnedVerdict(
  decision: Pick<Decision, 'kind' | 'recommendation'>,
): EarnedVerdict | null {
  if (decision.kind !== 'expand') return null;
  const recommended = decision.recommendation?.kind ?? null;
  const earned = isExpansionEarned(recommended, decision.kind);
  if (earned) {
    return {
      earned,
      label: 'Earned',
      explanation: 'Earned: the evidence at the time recommended expanding this pilot.',
    };
  }
  return {
    earned,
    label: 'Not earned',
    explanation: recommended
      ? `Not earned: the recommendation at the time was ${DECISION_LABELS[recommended]}, not Expand.`
      : 'Not earned: no recommendation was recorded with this decision, so it cannot show the evidence supported it.',
  };
}
