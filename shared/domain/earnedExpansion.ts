import type { DecisionKind } from '../model';

/**
 * An expansion is earned when the recommendation frozen at decision time supported it: the people
 * who decided expanded a pilot the evidence said to expand. Decisions other than expand are not
 * expansions, earned or not; an expansion without a frozen recommendation cannot show it was earned.
 */
export function isExpansionEarned(
  recommendationKind: DecisionKind | null | undefined,
  decisionKind: DecisionKind,
): boolean {
  return decisionKind === 'expand' && recommendationKind === 'expand';
}
