import { dayToIso, todayIso } from '@shared/dates';
import { formatRatio } from '@shared/domain/format';
import type { MetricSummary } from '@shared/domain';
import type { AttributedAgentCost } from '@shared/domain/agents';
import { textColourOn } from '@shared/reports/branding';
import type { PortfolioSettings } from '@shared/model';
import { formatDate, formatMoney, formatNumber } from '../../../components/format';
import { DECISION_LABELS } from '../../../components/RecommendationBadge';
import { STAGE_LABELS } from '../../../components/StageBadge';
import { MetricChart } from '../../outcomes/MetricChart';
import { EVIDENCE_LABELS } from '../../outcomes/labels';
import { progressText } from '../../outcomes/ProgressMeter';
import { formatValue } from '../../outcomes/formatValue';
import type { PilotReportData } from '../usePilotReportData';
import { ReportHeader, ReportSection } from './ReportHeader';
import { REPORT_CHART_ATTRIBUTE } from './usePrintReady';

/** A one-pager has room for this many outcome charts; the rest are listed in the table below. */
const CHARTED_OUTCOMES = 4;

const REC_PAPER_COLOURS = {
  expand: '#1f7a4d',
  continue: '#2457d6',
  pivot: '#b25e00',
  stop: '#b42318',
} as const;

function signedMoney(value: number, currency: string): string {
  return `${value > 0 ? '+' : ''}${formatMoney(value, currency)}`;
}

function attributedTotal(c: AttributedAgentCost): number {
  return (
    c.buildCostShare +
    c.monthlyRunningCost * c.months +
    c.supervisionHours * c.supervisionHourlyCost
  );
}

function Figure(props: { label: string; value: string }) {
  return (
    <div className="report-figure">
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </div>
  );
}

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

/** The pilot's story on paper: recommendation, outcomes, money, decisions, agents, lessons. */
export function PilotOnePager(props: { data: PilotReportData; settings: PortfolioSettings }) {
  const { data, settings } = props;
  const { pilot, evaluation } = data;
  const currency = settings.currency;
  const accent = settings.branding.accentColor;
  const today = todayIso();
  const outcomes = evaluation.summaries.filter((s) => s.kind === 'outcome');
  const activity = evaluation.summaries.filter((s) => s.kind === 'activity');
  const rec = evaluation.recommendation;
  const person = (id: string | null) => (id ? (data.people.get(id)?.name ?? '—') : '—');
  const agentTotal = data.agentCosts.reduce((sum, c) => sum + attributedTotal(c), 0);

  return (
    <article className="report report-pilot" aria-label={`One-pager: ${pilot.name}`}>
      <ReportHeader
        settings={settings}
        kind="Pilot one-pager"
        title={pilot.name}
        subtitle={`${pilot.businessUnit || 'No business unit'} · ${STAGE_LABELS[pilot.stage]}`}
        today={today}
      />
      {pilot.summary && <p className="report-lead">{pilot.summary}</p>}

      <div className="report-columns">
        <section className="report-recommendation" aria-label="Recommendation">
          <p
            className="report-rec-chip"
            style={{
              background: REC_PAPER_COLOURS[rec.kind],
              color: textColourOn(REC_PAPER_COLOURS[rec.kind]),
            }}
          >
            Recommendation: {DECISION_LABELS[rec.kind]}
          </p>
          <ul className="report-reasons">
            {rec.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
        <dl className="report-figures" aria-label="Key figures">
          <Figure label="Value created" value={formatMoney(evaluation.value.total, currency)} />
          <Figure label="Cost" value={formatMoney(evaluation.cost.total, currency)} />
          <Figure label="ROI" value={evaluation.roi === null ? '—' : formatRatio(evaluation.roi)} />
          <Figure label="Budget" value={formatMoney(pilot.budget, currency)} />
          <Figure
            label="FTE · agent seats"
            value={`${formatNumber(pilot.fte)} · ${pilot.agentSeats}`}
          />
          <Figure
            label="Sponsor · lead"
            value={`${person(pilot.sponsorId)} · ${person(pilot.leadId)}`}
          />
          <Figure label="Started" value={formatDate(pilot.startDate)} />
          <Figure label="Next review" value={formatDate(pilot.nextReviewDate)} />
        </dl>
      </div>

      <ReportSection title="Outcomes" accent={accent}>
        {outcomes.length === 0 ? (
          <p className="report-muted">
            No outcome metrics yet: the pilot cannot show what it moved.
          </p>
        ) : (
          <div className="report-outcomes">
            {outcomes.slice(0, CHARTED_OUTCOMES).map((s) => (
              <OutcomeChart key={s.metricId} data={data} summary={s} />
            ))}
          </div>
        )}
        {outcomes.length + activity.length > 0 && (
          <table className="report-table">
            <caption className="visually-hidden">Metrics with progress and evidence</caption>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Latest
                </th>
                <th scope="col" className="num">
                  Target
                </th>
                <th scope="col">Progress</th>
                <th scope="col">Evidence</th>
                <th scope="col" className="num">
                  Value created
                </th>
              </tr>
            </thead>
            <tbody>
              {[...outcomes, ...activity].map((s) => (
                <tr key={s.metricId}>
                  <td>{s.name}</td>
                  <td>{s.kind === 'outcome' ? 'Outcome' : 'Activity'}</td>
                  <td className="num">
                    {s.latestValue === null ? '—' : formatValue(s.latestValue, s.unit)}
                    {s.latestDay !== null && (
                      <span className="report-muted"> ({formatDate(dayToIso(s.latestDay))})</span>
                    )}
                  </td>
                  <td className="num">{formatValue(s.target, s.unit)}</td>
                  <td>{progressText(s.progress)}</td>
                  <td>{EVIDENCE_LABELS[s.evidence]}</td>
                  <td className="num">
                    {s.kind === 'outcome' ? formatMoney(s.valueCreated, currency) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ReportSection>

      <ReportSection title="Agents and costs" accent={accent}>
        <p className="report-cost-line">
          Cost {formatMoney(evaluation.cost.total, currency)} = budget{' '}
          {formatMoney(evaluation.cost.budget, currency)} + agents’ build{' '}
          {formatMoney(evaluation.cost.agentBuild, currency)} + running{' '}
          {formatMoney(evaluation.cost.agentRunning, currency)} + supervision{' '}
          {formatMoney(evaluation.cost.supervision, currency)}.
        </p>
        {data.assignments.length === 0 ? (
          <p className="report-muted">No agents are assigned to this pilot.</p>
        ) : (
          <table className="report-table">
            <caption className="visually-hidden">
              Agents in this pilot and the costs attributed to it
            </caption>
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col">Status</th>
                <th scope="col">Supervisor</th>
                <th scope="col" className="num">
                  People served
                </th>
                <th scope="col" className="num">
                  Oversight h/week
                </th>
                <th scope="col" className="num">
                  Cost to this pilot
                </th>
              </tr>
            </thead>
            <tbody>
              {data.assignments.map((a) => {
                const cost = data.agentCosts.find((c) => c.assignmentId === a.id);
                const amount = cost ? attributedTotal(cost) : 0;
                const agent = data.agents.get(a.agentId);
                return (
                  <tr key={a.id}>
                    <td>{agent?.name ?? 'Unknown agent'}</td>
                    <td>{agent?.status ?? '—'}</td>
                    <td>{person(a.supervisorId)}</td>
                    <td className="num">{formatNumber(a.servedPersonIds.length, 0)}</td>
                    <td className="num">{formatNumber(a.supervisionHoursPerWeek)}</td>
                    <td className="num">{formatMoney(amount, currency)}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5}>
                  Agents in total
                </th>
                <td className="num">{formatMoney(agentTotal, currency)}</td>
              </tr>
            </tfoot>
          </table>
        )}
      </ReportSection>

      <ReportSection title="Decisions" accent={accent} className="report-keep">
        {data.decisions.length === 0 ? (
          <p className="report-muted">No decisions recorded yet.</p>
        ) : (
          <table className="report-table">
            <caption className="visually-hidden">Decisions on this pilot, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Decision</th>
                <th scope="col">Stage</th>
                <th scope="col" className="num">
                  Budget
                </th>
                <th scope="col">Recommended then</th>
                <th scope="col">Rationale</th>
              </tr>
            </thead>
            <tbody>
              {data.decisions.map((d) => (
                <tr key={d.id}>
                  <td className="nowrap">{formatDate(d.date)}</td>
                  <td>{DECISION_LABELS[d.kind]}</td>
                  <td className="nowrap">
                    {STAGE_LABELS[d.stageBefore]} → {STAGE_LABELS[d.stageAfter]}
                  </td>
                  <td className="num">{signedMoney(d.budgetDelta, currency)}</td>
                  <td>{d.recommendation ? DECISION_LABELS[d.recommendation.kind] : '—'}</td>
                  <td>{d.rationale || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ReportSection>

      <ReportSection title="Lessons" accent={accent} className="report-keep">
        {data.lessons.length === 0 ? (
          <p className="report-muted">No lessons recorded yet.</p>
        ) : (
          <ul className="report-lessons">
            {data.lessons.map((l) => (
              <li key={l.id}>
                <strong>{l.title}</strong>
                {l.text && <span> — {l.text}</span>}
              </li>
            ))}
          </ul>
        )}
      </ReportSection>
      <footer className="report-footer">
        Recommendation by Pilot Portfolio from the gate criteria in Settings, on {formatDate(today)}
        . Figures in {currency}.
      </footer>
    </article>
  );
}
