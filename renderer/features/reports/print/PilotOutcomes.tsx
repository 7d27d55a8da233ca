import { dayToIso } from '@shared/dates';
import type { MetricSummary } from '@shared/domain';
import { formatDate, formatMoney } from '../../../components/format';
import { MetricChart } from '../../outcomes/MetricChart';
import { EVIDENCE_LABELS } from '../../outcomes/labels';
import { progressText } from '../../outcomes/ProgressMeter';
import { formatValue } from '../../outcomes/formatValue';
import type { PilotReportData } from '../usePilotReportData';
import { ReportSection } from './ReportHeader';
import { ReportTable } from './ReportTable';
import { REPORT_CHART_ATTRIBUTE } from './usePrintReady';

/** A one-pager has room for this many outcome charts; the table below lists every metric. */
const CHARTED_OUTCOMES = 4;

function OutcomeChart(props: { data: PilotReportData; summary: MetricSummary }) {
  const { summary, data } = props;
  const metric = data.metrics.find((m) => m.id === summary.metricId);
  const series = data.seriesByMetric.get(summary.metricId);
  return (
    <figure className="report-outcome" {...{ [REPORT_CHART_ATTRIBUTE]: '' }}>
      <figcaption>
        <strong>{summary.name}</strong>
        <span>
          {progressText(summary.progress)} · {EVIDENCE_LABELS[summary.evidence]}
        </span>
        <span className="report-muted">
          Baseline {formatValue(summary.baseline, summary.unit)} → target{' '}
          {formatValue(summary.target, summary.unit)}
          {summary.latestValue !== null &&
            ` · latest ${formatValue(summary.latestValue, summary.unit)}`}
        </span>
      </figcaption>
      {metric && series && series.days.length > 0 ? (
        <MetricChart metric={metric} series={series} height={130} />
      ) : (
        <p className="report-muted" data-empty>
          Not measured yet.
        </p>
      )}
    </figure>
  );
}

const METRIC_COLUMNS = [
  { label: 'Metric' },
  { label: 'Kind' },
  { label: 'Latest', numeric: true },
  { label: 'Target', numeric: true },
  { label: 'Progress' },
  { label: 'Evidence' },
  { label: 'Value created', numeric: true },
] as const;

/** Outcome charts first (what the pilot moved), then every metric's standing in a table. */
export function PilotOutcomes(props: { data: PilotReportData; currency: string; accent: string }) {
  const { data, currency } = props;
  const summaries = data.evaluation.summaries;
  const outcomes = summaries.filter((s) => s.kind === 'outcome');
  return (
    <ReportSection
      title="Outcomes"
      accent={props.accent}
      empty={summaries.length === 0 && 'No metrics yet: the pilot cannot show what it moved.'}
    >
      {outcomes.length === 0 ? (
        <p className="report-muted">
          No outcome metrics yet: activity alone cannot show the pilot moved the business.
        </p>
      ) : (
        <div className="report-outcomes">
          {outcomes.slice(0, CHARTED_OUTCOMES).map((s) => (
            <OutcomeChart key={s.metricId} data={data} summary={s} />
          ))}
        </div>
      )}
      <ReportTable
        caption="Metrics with progress and evidence"
        columns={METRIC_COLUMNS}
        rows={summaries.map((s) => ({
          key: s.metricId,
          cells: [
            s.name,
            s.kind === 'outcome' ? 'Outcome' : 'Activity',
            <>
              {s.latestValue === null ? '—' : formatValue(s.latestValue, s.unit)}
              {s.latestDay !== null && (
                <span className="report-muted"> ({formatDate(dayToIso(s.latestDay))})</span>
              )}
            </>,
            formatValue(s.target, s.unit),
            progressText(s.progress),
            EVIDENCE_LABELS[s.evidence],
            s.kind === 'outcome' ? formatMoney(s.valueCreated, currency) : '—',
          ],
        }))}
      />
    </ReportSection>
  );
}
