import { Link } from 'react-router';
import { timeTicks } from '@shared/chart/timeTicks';
import { dayToIso, isoToDay } from '@shared/dates';
import type { Period, PortfolioBaseView, PortfolioPilotBase } from '@shared/domain/portfolio';
import { DECISION_KINDS } from '@shared/model/constants';
import { formatDate } from '../../../components/format';
import { DECISION_LABELS } from '../../../components/RecommendationBadge';
import { STAGE_LABELS } from '../../../components/StageBadge';
import { ChartCard, LegendItem } from '../ChartCard';
import { PERIOD_PHRASES, plural, REC_COLORS, STAGE_COLORS } from '../chartText';
import { useElementWidth } from '../useElementWidth';

/** More rows than this stop being readable on a slide; the table lists every pilot. */
const MAX_ROWS = 24;
const ROW = 26;
const LABEL_WIDTH = 190;
const AXIS = 28;

const locale = typeof navigator !== 'undefined' ? navigator.language : 'en-US';
const monthYear = new Intl.DateTimeFormat(locale, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const yearOnly = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });

function tickLabel(day: number, unit: string): string {
  const ms = Date.parse(`${dayToIso(day)}T00:00:00Z`);
  return unit === 'year' ? yearOnly.format(ms) : monthYear.format(ms);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function timelineFinding(view: PortfolioBaseView, period: Period, today: string): string {
  const overdue = view.pilots.filter(
    (p) => p.stage !== 'stopped' && p.nextReviewDate !== null && p.nextReviewDate < today,
  ).length;
  const pilotsDecided = new Set(view.decisions.map((d) => d.pilotId)).size;
  return `${plural(view.decisions.length, 'decision')} on ${plural(pilotsDecided, 'pilot')} ${PERIOD_PHRASES[period]}; ${overdue} ${overdue === 1 ? 'review is' : 'reviews are'} overdue`;
}

/** Each pilot's span (start → end or today) with its decisions, its next review and today marked. */
export function TimelineChart(props: { view: PortfolioBaseView; period: Period; today: string }) {
  const { view, today } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const dated = view.pilots.filter(
    (p): p is PortfolioPilotBase & { startDate: string } => p.startDate !== null,
  );
  const rows = [...dated].sort((a, b) => a.startDate.localeCompare(b.startDate)).slice(-MAX_ROWS);
  const todayDay = isoToDay(today);
  const from = Math.min(todayDay - 30, ...rows.map((p) => isoToDay(p.startDate)));
  const to = Math.max(
    todayDay + 30,
    ...rows.map((p) => (p.endDate ? isoToDay(p.endDate) : todayDay)),
    ...rows.map((p) => (p.nextReviewDate ? isoToDay(p.nextReviewDate) : todayDay)),
  );
  const plotWidth = Math.max(1, width - LABEL_WIDTH - 16);
  const x = (day: number) => LABEL_WIDTH + ((day - from) / Math.max(1, to - from)) * plotWidth;
  const height = AXIS + rows.length * ROW + 8;
  const ticks = timeTicks(from, to, Math.max(2, plotWidth / 90));
  const summary =
    `Timeline of ${plural(rows.length, 'pilot')} from ${formatDate(dayToIso(from))} to ${formatDate(dayToIso(to))}, ` +
    `with ${plural(view.decisions.length, 'decision')} in the period marked and today at ${formatDate(today)}.`;

  return (
    <ChartCard
      className="portfolio-chart-wide"
      finding={timelineFinding(view, props.period, today)}
      subtitle={`Each pilot from its start to its end (or today), coloured by stage; dots are decisions, diamonds the next review${dated.length > MAX_ROWS ? `; the ${MAX_ROWS} most recently started shown` : ''}.`}
      legend={
        <ul className="chart-legend" aria-hidden="true">
          {DECISION_KINDS.map((k) => (
            <LegendItem
              key={k}
              color={REC_COLORS[k]}
              shape="dot"
              label={`${DECISION_LABELS[k]} decision`}
            />
          ))}
          <li>
            <span className="portfolio-swatch portfolio-swatch-diamond" /> Next review
          </li>
          <li>
            <span className="portfolio-swatch portfolio-swatch-today" /> Today
          </li>
        </ul>
      }
      chart={
        <div ref={ref} className="portfolio-plot">
          {width > 0 && (
            <svg
              width={width}
              height={height}
              role="img"
              aria-label={summary}
              className="portfolio-timeline"
            >
              {ticks.days.map((day) => (
                <g key={day}>
                  <line x1={x(day)} x2={x(day)} y1={AXIS - 6} y2={height} stroke="var(--border)" />
                  <text
                    x={x(day)}
                    y={14}
                    textAnchor="middle"
                    fill="var(--text-muted)"
                    fontSize={12}
                  >
                    {tickLabel(day, ticks.unit)}
                  </text>
                </g>
              ))}
              {rows.map((p, i) => {
                const y = AXIS + i * ROW;
                const start = x(isoToDay(p.startDate));
                const end = x(p.endDate ? Math.min(isoToDay(p.endDate), todayDay) : todayDay);
                const planned =
                  p.endDate && isoToDay(p.endDate) > todayDay ? x(isoToDay(p.endDate)) : null;
                return (
                  <g key={p.id}>
                    <text x={0} y={y + ROW / 2 + 4} fill="var(--text)" fontSize={12}>
                      {truncate(p.name, 28)}
                    </text>
                    <rect
                      x={start}
                      y={y + 7}
                      width={Math.max(2, end - start)}
                      height={ROW - 14}
                      rx={3}
                      fill={STAGE_COLORS[p.stage]}
                      fillOpacity={0.35}
                    >
                      <title>{`${p.name}: ${STAGE_LABELS[p.stage]}, started ${formatDate(p.startDate)}`}</title>
                    </rect>
                    {planned !== null && (
                      <rect
                        x={end}
                        y={y + 7}
                        width={planned - end}
                        height={ROW - 14}
                        rx={3}
                        fill="none"
                        stroke={STAGE_COLORS[p.stage]}
                        strokeDasharray="3 3"
                      />
                    )}
                    {p.nextReviewDate && (
                      <path
                        d={`M ${x(isoToDay(p.nextReviewDate))} ${y + 5} l 6 8 l -6 8 l -6 -8 z`}
                        fill="var(--surface)"
                        stroke="var(--text-muted)"
                        strokeWidth={1.5}
                      >
                        <title>{`${p.name}: next review ${formatDate(p.nextReviewDate)}`}</title>
                      </path>
                    )}
                    {p.decisions.map((d) => (
                      <circle
                        key={d.id}
                        cx={x(isoToDay(d.date))}
                        cy={y + ROW / 2}
                        r={5}
                        fill={REC_COLORS[d.kind]}
                        stroke="var(--surface)"
                        strokeWidth={1.5}
                      >
                        <title>{`${p.name}: ${DECISION_LABELS[d.kind]} on ${formatDate(d.date)}${d.earned ? ' (earned)' : ''}`}</title>
                      </circle>
                    ))}
                  </g>
                );
              })}
              <line
                x1={x(todayDay)}
                x2={x(todayDay)}
                y1={AXIS - 6}
                y2={height}
                stroke="var(--danger)"
                strokeWidth={1.5}
                strokeDasharray="4 3"
              />
              <text
                x={x(todayDay) + 4}
                y={AXIS - 2}
                fill="var(--danger)"
                fontSize={11}
                fontWeight={600}
              >
                Today
              </text>
            </svg>
          )}
        </div>
      }
      table={() => (
        <table className="data-table">
          <caption className="visually-hidden">Pilots with their dates and decisions</caption>
          <thead>
            <tr>
              <th scope="col">Pilot</th>
              <th scope="col">Stage</th>
              <th scope="col">Start</th>
              <th scope="col">Next review</th>
              <th scope="col">End</th>
              <th scope="col">Decisions</th>
            </tr>
          </thead>
          <tbody>
            {view.pilots.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={`/pilots/${p.id}`}>{p.name}</Link>
                </td>
                <td>{STAGE_LABELS[p.stage]}</td>
                <td>{formatDate(p.startDate)}</td>
                <td>{formatDate(p.nextReviewDate)}</td>
                <td>{formatDate(p.endDate)}</td>
                <td>
                  {p.decisions
                    .map((d) => `${DECISION_LABELS[d.kind]} ${formatDate(d.date)}`)
                    .join('; ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
