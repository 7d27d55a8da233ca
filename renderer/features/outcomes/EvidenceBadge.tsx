import * as Tooltip from '@radix-ui/react-tooltip';
import { Info } from 'lucide-react';
import { EVIDENCE_RULE_SENTENCE, type MetricSummary } from '@shared/domain';
import { formatNumber } from '../../components/format';
import { EVIDENCE_LABELS, EVIDENCE_SHORT, TREND_LABELS } from './labels';

/** What this metric's evidence rests on, in a sentence with its numbers. */
function evidenceDetail(s: MetricSummary): string {
  if (s.measurements === 0) return 'No measurements since the pilot started.';
  const count = `${formatNumber(s.measurements, 0)} measurement${s.measurements === 1 ? '' : 's'}`;
  if (s.ciLow === null || s.ciHigh === null) return `${count}; too few to tell change from noise.`;
  return (
    `${count}; mean change from baseline ${formatNumber(s.meanChange ?? 0)} ` +
    `(90 % interval ${formatNumber(s.ciLow)} to ${formatNumber(s.ciHigh)}, positive = better); ` +
    `trend ${TREND_LABELS[s.trend]}.`
  );
}

/**
 * The metric's evidence strength. The rule behind it is one hover or one Tab away — and read out
 * with the badge — because "strong" should never be taken on trust.
 */
export function EvidenceBadge({ summary }: { summary: MetricSummary }) {
  const label = EVIDENCE_LABELS[summary.evidence];
  const detail = evidenceDetail(summary);
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        <button
          type="button"
          className={`badge badge-button evidence-${summary.evidence}`}
          aria-label={`${label}. ${detail} ${EVIDENCE_RULE_SENTENCE}`}
        >
          <span className="badge-dot" aria-hidden="true" />
          {EVIDENCE_SHORT[summary.evidence]}
          <Info size={12} aria-hidden="true" />
        </button>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip tooltip-wide" sideOffset={6} align="start">
          <strong>{label}</strong>
          <p className="tooltip-paragraph">{detail}</p>
          <p className="tooltip-paragraph">{EVIDENCE_RULE_SENTENCE}</p>
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
