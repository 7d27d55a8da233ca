import type { EvidenceStrength, Trend } from '@shared/domain';
import type { Cadence, MetricDirection, MetricKind } from '@shared/model';

export const KIND_LABELS: Record<MetricKind, string> = {
  outcome: 'Outcome',
  activity: 'Activity',
};

export const DIRECTION_LABELS: Record<MetricDirection, string> = {
  higher: 'Higher is better',
  lower: 'Lower is better',
};

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

/** The cadence's period as a noun: "the latest week". */
export const PERIOD_NOUNS: Record<Cadence, string> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
};

export const EVIDENCE_LABELS: Record<EvidenceStrength, string> = {
  none: 'No evidence',
  weak: 'Weak evidence',
  moderate: 'Moderate evidence',
  strong: 'Strong evidence',
};

/** The badge's own text, under a heading that already says "Evidence". */
export const EVIDENCE_SHORT: Record<EvidenceStrength, string> = {
  none: 'None yet',
  weak: 'Weak',
  moderate: 'Moderate',
  strong: 'Strong',
};

export const TREND_LABELS: Record<Trend, string> = {
  improving: 'improving',
  flat: 'flat',
  worsening: 'worsening',
  unknown: 'too early to tell',
};
