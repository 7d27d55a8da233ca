import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { NO_FILTERS, portfolioView, type PortfolioAggregate } from '@shared/domain/portfolio';
import { formatRatio } from '@shared/domain/format';
import type { DecisionKind, PortfolioSettings } from '@shared/model';
import { formatDate, formatMoney, formatPercent } from '../../../components/format';
import { DECISION_LABELS } from '../../../components/RecommendationBadge';
import { STAGE_LABELS } from '../../../components/StageBadge';
import { AttainmentChart } from '../../portfolio/charts/AttainmentChart';
import { EarnedExpansionChart } from '../../portfolio/charts/EarnedExpansionChart';
import { LadderChart } from '../../portfolio/charts/LadderChart';
import { ReuseChart } from '../../portfolio/charts/ReuseChart';
import { SupervisionChart } from '../../portfolio/charts/SupervisionChart';
import { TimelineChart } from '../../portfolio/charts/TimelineChart';
import { ValueCostChart } from '../../portfolio/charts/ValueCostChart';
import { PortfolioTiles } from '../../portfolio/PortfolioTiles';
import { REVIEW_HORIZON_DAYS, reviewsDue } from '../../portfolio/ReviewsDue';
import '../../portfolio/portfolio.css';
import { ReportHeader, ReportSection } from './ReportHeader';
import { ReportTable } from './ReportTable';
import { REPORT_CHART_ATTRIBUTE } from './usePrintReady';

const REC_ORDER: Record<DecisionKind, number> = { expand: 0, continue: 1, pivot: 2, stop: 3 };
const CHART_HEIGHT = 240;

const REVIEW_COLUMNS = [
  { label: 'Pilot' },
  { label: 'Review', nowrap: true },
  { label: 'Recommendation' },
  { label: 'Why' },
] as const;

const STANDING_COLUMNS = [
  { label: 'Pilot' },
  { label: 'Business unit' },
  { label: 'Stage' },
  { label: 'Recommendation' },
  { label: 'Value', numeric: true },
  { label: 'Cost', numeric: true },
  { label: 'ROI', numeric: true },
  { label: 'Outcomes attained', numeric: true },
] as const;

function ReportChart(props: { children: ReactNode }) {
  return (
    <div className="report-chart" {...{ [REPORT_CHART_ATTRIBUTE]: '' }}>
      {props.children}
    </div>
  );
}

/**
 * The whole portfolio on paper: headline figures, the dashboard's seven charts (each titled with
 * its finding, the same components and numbers as the Portfolio page), and every pilot's standing.
 */
export function PortfolioReport(props: {
  aggregate: PortfolioAggregate;
  settings: PortfolioSettings;
}) {
  const { aggregate, settings } = props;
  const view = useMemo(() => portfolioView(aggregate, NO_FILTERS), [aggregate]);
  const names = useMemo(() => new Map(aggregate.pilots.map((p) => [p.id, p.name])), [aggregate]);
  const { currency } = aggregate;
  const period = NO_FILTERS.period;
  const accent = settings.branding.accentColor;
  const due = reviewsDue(view.pilots, aggregate.today);
  const pilots = [...view.pilots].sort(
    (a, b) =>
      REC_ORDER[a.recommendation] - REC_ORDER[b.recommendation] ||
      (b.roi ?? -Infinity) - (a.roi ?? -Infinity) ||
      a.name.localeCompare(b.name),
  );

  return (
    <article className="report report-portfolio" aria-label="Portfolio report">
      <ReportHeader
        settings={settings}
        kind="Portfolio report"
        title={settings.name}
        subtitle={`${view.pilots.length} pilots`}
        today={aggregate.today}
      />
      <PortfolioTiles tiles={view.tiles} currency={currency} period={period} />
      <div className="report-chart-grid">
        <ReportChart>
          <ValueCostChart model={view.valueCost} currency={currency} height={CHART_HEIGHT} />
        </ReportChart>
        <ReportChart>
          <EarnedExpansionChart
            view={view}
            period={period}
            currency={currency}
            names={names}
            height={CHART_HEIGHT}
          />
        </ReportChart>
        <ReportChart>
          <LadderChart
            ladder={view.ladder}
            tiles={view.tiles}
            period={period}
            height={CHART_HEIGHT}
          />
        </ReportChart>
        <ReportChart>
          <AttainmentChart view={view} height={CHART_HEIGHT} />
        </ReportChart>
        <ReportChart>
          <SupervisionChart bars={view.supervision} height={CHART_HEIGHT} />
        </ReportChart>
        <ReportChart>
          <ReuseChart reuse={view.reuse} currency={currency} height={CHART_HEIGHT} />
        </ReportChart>
      </div>
      <ReportChart>
        <TimelineChart view={view} period={period} today={aggregate.today} />
      </ReportChart>
      <ReportSection
        title={`Reviews due: past or within ${REVIEW_HORIZON_DAYS} days (${due.length})`}
        accent={accent}
        className="report-break-before"
        empty={due.length === 0 && 'No running pilot has a review due.'}
      >
        <ReportTable
          caption="Reviews due, most overdue first, with the recommendation and its first reason"
          columns={REVIEW_COLUMNS}
          rows={due.map((p) => ({
            key: p.id,
            cells: [
              p.name,
              formatDate(p.nextReviewDate),
              DECISION_LABELS[p.recommendation],
              p.reasons[0] ?? '—',
            ],
          }))}
        />
      </ReportSection>
      <ReportSection title="Every pilot’s standing" accent={accent}>
        <ReportTable
          caption="Pilots by recommendation, then by return on investment"
          columns={STANDING_COLUMNS}
          rows={pilots.map((p) => ({
            key: p.id,
            cells: [
              p.name,
              p.businessUnit || '—',
              STAGE_LABELS[p.stage],
              DECISION_LABELS[p.recommendation],
              formatMoney(p.value, currency, true),
              formatMoney(p.cost, currency, true),
              p.roi === null ? '—' : formatRatio(p.roi),
              p.attainment === null ? '—' : formatPercent(p.attainment),
            ],
          }))}
        />
      </ReportSection>
      <footer className="report-footer">
        Figures in {currency}, worked out on the day printed from every pilot’s measurements;
        recommendations follow the gate criteria in Settings.
      </footer>
    </article>
  );
}
