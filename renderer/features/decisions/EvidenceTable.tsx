import { EVIDENCE_RULE_SENTENCE } from '@shared/domain';
import type { EvidenceSnapshot } from '@shared/model';
import { formatMoney, formatNumber, formatPercent } from '../../components/format';

type MetricEvidence = EvidenceSnapshot['metrics'][number];

const STRENGTH: Record<MetricEvidence['evidence'], string> = {
  none: 'None',
  weak: 'Weak',
  moderate: 'Moderate',
  strong: 'Strong',
};

function ProgressCell({ progress }: { progress: number | null }) {
  if (progress === null) return <span className="muted">Not measured</span>;
  // The bar stops at the ends; the figure says how far past target or behind baseline it is.
  const width = Math.max(0, Math.min(1, progress)) * 100;
  return (
    <span className="progress-cell">
      <span className="progress-track" aria-hidden="true">
        <span
          className={`progress-fill${progress < 0 ? ' is-negative' : ''}`}
          style={{ width: `${width}%` }}
        />
      </span>
      {formatPercent(progress)}
    </span>
  );
}

function MetricRows(props: {
  metrics: MetricEvidence[];
  heading: string;
  units: ReadonlyMap<string, string> | undefined;
}) {
  if (props.metrics.length === 0) return null;
  return (
    <tbody>
      <tr className="evidence-group">
        <th colSpan={4} scope="rowgroup">
          {props.heading}
        </th>
      </tr>
      {props.metrics.map((m) => {
        const unit = props.units?.get(m.metricId) ?? '';
        return (
          <tr key={m.metricId}>
            <th scope="row">{m.name}</th>
            <td>
              <ProgressCell progress={m.progress} />
            </td>
            <td>
              <span className={`strength strength-${m.evidence}`}>{STRENGTH[m.evidence]}</span>
              <span className="cell-note">
                {formatNumber(m.measurements, 0)} {m.measurements === 1 ? 'value' : 'values'}
              </span>
            </td>
            <td className="num">
              {m.latestValue === null
                ? '—'
                : `${formatNumber(m.latestValue)}${unit ? ` ${unit}` : ''}`}
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}

/**
 * The evidence behind a decision: per metric its progress, evidence strength and latest value
 * (outcomes first, activity visibly secondary), then value created, cost and ROI.
 */
export function EvidenceTable(props: {
  evidence: EvidenceSnapshot;
  currency: string;
  caption: string;
  /** Units by metric id; a frozen snapshot has none, so its values show bare. */
  units?: ReadonlyMap<string, string>;
}) {
  const { evidence } = props;
  const outcomes = evidence.metrics.filter((m) => m.kind === 'outcome');
  const activities = evidence.metrics.filter((m) => m.kind === 'activity');
  return (
    <div className="evidence">
      {evidence.metrics.length === 0 ? (
        <p className="muted">
          No metrics: define an outcome metric on the Outcomes tab before judging this pilot.
        </p>
      ) : (
        <table className="evidence-table">
          <caption className="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Progress</th>
              <th scope="col">Evidence</th>
              <th scope="col" className="num">
                Latest
              </th>
            </tr>
          </thead>
          <MetricRows metrics={outcomes} heading="Outcome metrics" units={props.units} />
          <MetricRows
            metrics={activities}
            heading="Activity metrics — secondary, never earn resources on their own"
            units={props.units}
          />
        </table>
      )}
      <dl className="evidence-money">
        <div>
          <dt>Value created</dt>
          <dd>{formatMoney(evidence.value, props.currency)}</dd>
        </div>
        <div>
          <dt>Cost</dt>
          <dd>{formatMoney(evidence.cost, props.currency)}</dd>
        </div>
        <div>
          <dt>ROI (value ÷ cost)</dt>
          <dd>{evidence.roi === null ? '—' : `${formatNumber(evidence.roi, 1)}×`}</dd>
        </div>
      </dl>
      <p className="evidence-rule">{EVIDENCE_RULE_SENTENCE}</p>
    </div>
  );
}
