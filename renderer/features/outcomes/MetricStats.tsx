import type { MetricSummary } from '@shared/domain';
import { formatMoney, formatNumber } from '../../components/format';
import { EvidenceBadge } from './EvidenceBadge';
import { formatValue } from './formatValue';
import { PERIOD_NOUNS } from './labels';
import { ProgressMeter } from './ProgressMeter';

function recentHint(s: MetricSummary): string {
  if (s.recentValue === null) return 'no measurements yet';
  const period = PERIOD_NOUNS[s.cadence];
  return s.recentCount > 1
    ? `mean of ${formatNumber(s.recentCount, 0)} in the latest ${period}`
    : `latest ${period}`;
}

/** The numbers a reviewer reads first: goal, where it stands, how sure, and what it is worth. */
export function MetricStats({ summary, currency }: { summary: MetricSummary; currency: string }) {
  const s = summary;
  return (
    <dl className="metric-stats">
      <div className="metric-stat stat-goal">
        <dt>Baseline → target</dt>
        <dd>
          {formatNumber(s.baseline)} → {formatValue(s.target, s.unit)}
        </dd>
      </div>
      <div className="metric-stat stat-recent">
        <dt>Recent value</dt>
        <dd>
          <span className="metric-stat-value">
            {s.recentValue === null ? '—' : formatValue(s.recentValue, s.unit)}
          </span>
          <span className="metric-stat-hint">{recentHint(s)}</span>
        </dd>
      </div>
      <div className="metric-stat stat-progress">
        <dt>Progress</dt>
        <dd>
          <ProgressMeter progress={s.progress} />
        </dd>
      </div>
      <div className="metric-stat stat-evidence">
        <dt>Evidence</dt>
        <dd>
          <EvidenceBadge summary={s} />
        </dd>
      </div>
      <div className="metric-stat stat-value">
        <dt>Value created</dt>
        <dd>
          {s.priced ? (
            <span className={s.valueCreated < 0 ? 'value-negative' : undefined}>
              {formatMoney(s.valueCreated, currency)}
            </span>
          ) : (
            <span className="metric-stat-muted">not priced</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
