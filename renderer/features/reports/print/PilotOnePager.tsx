import { todayIso } from '@shared/dates';
import { formatRatio } from '@shared/domain/format';
import type { AttributedAgentCost } from '@shared/domain/agents';
import { textColourOn } from '@shared/reports/branding';
import type { PortfolioSettings } from '@shared/model';
import { formatDate, formatMoney, formatNumber } from '../../../components/format';
import { DECISION_LABELS } from '../../../components/RecommendationBadge';
import { STAGE_LABELS } from '../../../components/StageBadge';
import type { PilotReportData } from '../usePilotReportData';
import { PilotOutcomes } from './PilotOutcomes';
import { ReportHeader, ReportSection } from './ReportHeader';
import { ReportTable } from './ReportTable';

const AGENT_COLUMNS = [
  { label: 'Agent' },
  { label: 'Status' },
  { label: 'Supervisor' },
  { label: 'People served', numeric: true },
  { label: 'Oversight h/week', numeric: true },
  { label: 'Cost to this pilot', numeric: true },
] as const;

const DECISION_COLUMNS = [
  { label: 'Date', nowrap: true },
  { label: 'Decision' },
  { label: 'Stage', nowrap: true },
  { label: 'Budget', numeric: true },
  { label: 'Recommended then' },
  { label: 'Rationale' },
] as const;

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

/** The pilot's story on paper: recommendation, outcomes, money, decisions, agents, lessons. */
export function PilotOnePager(props: { data: PilotReportData; settings: PortfolioSettings }) {
  const { data, settings } = props;
  const { pilot, evaluation } = data;
  const currency = settings.currency;
  const accent = settings.branding.accentColor;
  const today = todayIso();
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

      <PilotOutcomes data={data} currency={currency} accent={accent} />

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
          <ReportTable
            caption="Agents in this pilot and the costs attributed to it"
            columns={AGENT_COLUMNS}
            rows={data.assignments.map((a) => {
              const cost = data.agentCosts.find((c) => c.assignmentId === a.id);
              const agent = data.agents.get(a.agentId);
              return {
                key: a.id,
                cells: [
                  agent?.name ?? 'Unknown agent',
                  agent?.status ?? '—',
                  person(a.supervisorId),
                  formatNumber(a.servedPersonIds.length, 0),
                  formatNumber(a.supervisionHoursPerWeek),
                  formatMoney(cost ? attributedTotal(cost) : 0, currency),
                ],
              };
            })}
            total={{ label: 'Agents in total', value: formatMoney(agentTotal, currency) }}
          />
        )}
      </ReportSection>

      <ReportSection
        title="Decisions"
        accent={accent}
        className="report-keep"
        empty={data.decisions.length === 0 && 'No decisions recorded yet.'}
      >
        <ReportTable
          caption="Decisions on this pilot, newest first"
          columns={DECISION_COLUMNS}
          rows={data.decisions.map((d) => ({
            key: d.id,
            cells: [
              formatDate(d.date),
              DECISION_LABELS[d.kind],
              `${STAGE_LABELS[d.stageBefore]} → ${STAGE_LABELS[d.stageAfter]}`,
              signedMoney(d.budgetDelta, currency),
              d.recommendation ? DECISION_LABELS[d.recommendation.kind] : '—',
              d.rationale || '—',
            ],
          }))}
        />
      </ReportSection>

      <ReportSection
        title="Lessons"
        accent={accent}
        className="report-keep"
        empty={data.lessons.length === 0 && 'No lessons recorded yet.'}
      >
        <ul className="report-lessons">
          {data.lessons.map((l) => (
            <li key={l.id}>
              <strong>{l.title}</strong>
              {l.text && <span> — {l.text}</span>}
            </li>
          ))}
        </ul>
      </ReportSection>
      <footer className="report-footer">
        Recommendation by Pilot Portfolio from the gate criteria in Settings, on {formatDate(today)}
        . Figures in {currency}.
      </footer>
    </article>
  );
}
