import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { labelInterval } from '@shared/chart/axisLabels';
import type { PortfolioBaseView, Period } from '@shared/domain/portfolio';
import { formatDate, formatMoney, formatPercent } from '../../../components/format';
import { DECISION_LABELS } from '../../../components/RecommendationBadge';
import { ChartCard, LegendItem } from '../ChartCard';
import { compactMoney, PERIOD_PHRASES, TOOLTIP_PROPS } from '../chartText';
import { useElementWidth } from '../useElementWidth';
import { AxisTick } from './AxisTick';
import { labelWidth } from './textWidth';

const EARNED = 'var(--rec-expand)';
const MARGIN = { top: 12, right: 12, bottom: 4, left: 12 };
const Y_AXIS_WIDTH = 64;
const NOT_EARNED = 'var(--rec-pivot)';

export function earnedFinding(view: PortfolioBaseView, period: Period, currency: string): string {
  const { expansions, earnedExpansions, granted, grantedEarned } = view.tiles;
  const when = PERIOD_PHRASES[period];
  if (expansions === 0) {
    return granted > 0
      ? `No expansions ${when}; ${formatMoney(granted, currency, true)} granted by other decisions`
      : `No resources granted ${when}`;
  }
  const share =
    granted > 0 ? ` (${formatPercent(grantedEarned / granted)} of the budget granted)` : '';
  return `${earnedExpansions} of ${expansions} expansions ${when} were earned${share}`;
}

/** Budget granted per quarter, split into what earned expansions got and what the rest got. */
export function EarnedExpansionChart(props: {
  view: PortfolioBaseView;
  period: Period;
  currency: string;
  names: ReadonlyMap<string, string>;
  height?: number;
}) {
  const { view, currency } = props;
  const height = props.height ?? 300;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const grants = view.decisions.filter((d) => d.budgetDelta > 0);
  const summary =
    `Stacked bar chart of budget granted per quarter: ${formatMoney(view.tiles.grantedEarned, currency)} ` +
    `by earned expansions and ${formatMoney(view.tiles.granted - view.tiles.grantedEarned, currency)} ` +
    'by decisions the recommendation did not support.';
  return (
    <ChartCard
      finding={earnedFinding(view, props.period, currency)}
      subtitle={`Budget granted per quarter (${currency}). Earned = an expansion the app's recommendation supported when it was decided.`}
      legend={
        <ul className="chart-legend" aria-hidden="true">
          <LegendItem color={EARNED} label="Earned expansion" />
          <LegendItem color={NOT_EARNED} label="Not earned" />
        </ul>
      }
      chart={
        <div ref={ref} className="portfolio-plot" style={{ height }}>
          {view.grants.length === 0 ? (
            <p className="portfolio-chart-empty">No budget was granted in this period.</p>
          ) : (
            width > 0 && (
              <BarChart
                width={width}
                height={height}
                data={view.grants}
                margin={MARGIN}
                role="img"
                title={summary}
              >
                <CartesianGrid vertical={false} stroke="var(--border)" />
                <XAxis
                  dataKey="label"
                  tick={AxisTick}
                  // The quarters grow in number: thinned to fit, as measured here (Recharts'
                  // own thinning measures every label in the page).
                  interval={labelInterval(
                    view.grants.length,
                    Math.max(0, ...view.grants.map((g) => labelWidth(g.label))),
                    width - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH,
                  )}
                  tickLine={false}
                />
                <YAxis
                  tickFormatter={(v: number) => compactMoney(v, currency)}
                  tick={AxisTick}
                  interval={0}
                  width={Y_AXIS_WIDTH}
                  tickLine={false}
                  axisLine={false}
                />
                <Tooltip formatter={(v) => formatMoney(Number(v), currency)} {...TOOLTIP_PROPS} />
                <Bar
                  dataKey="earned"
                  name="Earned expansion"
                  stackId="g"
                  fill={EARNED}
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="notEarned"
                  name="Not earned"
                  stackId="g"
                  fill={NOT_EARNED}
                  isAnimationActive={false}
                  radius={[3, 3, 0, 0]}
                />
              </BarChart>
            )
          )}
        </div>
      }
      table={() => (
        <table className="data-table">
          <caption className="visually-hidden">Decisions that granted budget in the period</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Pilot</th>
              <th scope="col">Decision</th>
              <th scope="col">Recommended then</th>
              <th scope="col" className="num">
                Budget granted
              </th>
              <th scope="col">Earned</th>
            </tr>
          </thead>
          <tbody>
            {grants.map((d) => (
              <tr key={d.id}>
                <td>{formatDate(d.date)}</td>
                <td>
                  <Link to={`/pilots/${d.pilotId}`}>{props.names.get(d.pilotId) ?? 'Pilot'}</Link>
                </td>
                <td>{DECISION_LABELS[d.kind]}</td>
                <td>{d.recommended ? DECISION_LABELS[d.recommended] : 'Not recorded'}</td>
                <td className="num">{formatMoney(d.budgetDelta, currency)}</td>
                <td>{d.earned ? 'Earned' : 'Not earned'}</td>
              </tr>
            ))}
            {grants.length === 0 && (
              <tr>
                <td colSpan={6}>No budget was granted in this period.</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    />
  );
}
