import type { DuplicateThresholds, PortfolioSettings } from '../../model';

/**
 * Defaults tuned on the sample portfolio: its three invoice readers (3 of 5 capabilities shared)
 * and its two ticket classifiers (3 of 4) pair up, while agents that merely share half their
 * capabilities, such as "e-mail drafting" and "tone adjustment", do not.
 */
export const DEFAULT_DUPLICATE_THRESHOLDS: DuplicateThresholds = {
  minCapabilityOverlap: 0.6,
  minWordOverlap: 0.1,
};

export function duplicateThresholdsOf(
  settings: Pick<PortfolioSettings, 'duplicateThresholds'> | undefined,
): DuplicateThresholds {
  return settings?.duplicateThresholds ?? DEFAULT_DUPLICATE_THRESHOLDS;
}

export function dismissedClustersOf(
  settings: Pick<PortfolioSettings, 'dismissedDuplicateClusters'> | undefined,
): string[][] {
  return settings?.dismissedDuplicateClusters ?? [];
}
