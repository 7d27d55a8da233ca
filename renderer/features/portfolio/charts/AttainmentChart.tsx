import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { EVIDENCE_STRENGTHS, type EvidenceStrength } from '@shared/domain';
import type { PortfolioPilotRow, PortfolioView } from '@shared/domain/portfolio';
import { formatPercent } from '../../../components/format';
import { TOOLTIP_PROPS } from '../chartText';
import { ChartCard, LegendItem } from '../ChartCard';

import { useElementWidth } from '../useElementWidth';
import { AxisTick } from './AxisTick';

const EVIDENCE_LABELS: Record<EvidenceStrength, string> = {
  none: 'No evidence',
  weak: 'Weak evidence',
  moderate: 'Moderate evidence',
  strong: 'Strong evidence',
};
const EVIDENCE_COLORS: Record<EvidenceStrength, string> = {
  none: 'var(--evidence-none)',
  weak: 'var(--evidence-weak)',
  moderate: 'var(--evidence-moderate)',
  strong: 'var(--evidence-strong)',
};

export function attainmentFinding(view: PortfolioView): string {
  const { measured, onTarget } = view.attainment;
  if (measured === 0) return 'No pilot has a measured outcome yet';
  return `${onTarget} of ${measured} measured pilots are at ≥ 80 % of their outcome targets`;
}

function progressText(p: number | null): string {
  return p === null ? 'Not measured' : formatPercent(p);
}

/** Pilots by how far their outcome metrics have come toward target, stacked by evidence strength. */
export function AttainmentChart(props: { view: PortfolioView; height?: number }) {
  const { view } = props;
  const height = props.height ?? 300;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const rows: PortfolioPilotRow[] = view.pilots.filter((p) => p.outcomes.length > 0);
  const summary =
    'Stacked bar chart of pilots by outcome attainment: ' +
    view.attainment.buckets
      .map(
        (b) =>
          `${b.label}: ${b.none + b.weak + b.moderate + b.strong} (${b.strong} with strong evidence)`,
      )
      .join('; ') +
    '.';
  return (
    <ChartCard
      finding={attainmentFinding(view)}
      subtitle="Pilots by mean progress of their outcome metrics from baseline (0 %) to target (100 %); colour = the weakest evidence behind it. Activity metrics are not counted."
      legend={
        <ul className="chart-legend" aria-hidden="true">
          {[...EVIDENCE_STRENGTHS].reverse().map((e) => (
            <LegendItem key={e} color={EVIDENCE_COLORS[e]} label={EVIDENCE_LABELS[e]} />
          ))}
        </ul>
      }
      chart={
        <div ref={ref} className="portfolio-plot" style={{ height }}>
          {width > 0 && (
            <BarChart
              width={width}
              height={height}
              data={view.attainment.buckets}
              margin={{ top: 12, right: 12, bottom: 4, left: 0 }}
              role="img"
              title={summary}
            >
              <CartesianGrid vertical={false} stroke="var(--border)" />
              <XAxis dataKey="label" tick={AxisTick} interval={0} tickLine={false} />
              <YAxis
                allowDecimals={false}
                tick={AxisTick}
                interval={0}
                tickLine={false}
                axisLine={false}
                width={40}
                label={{
                  value: 'Pilots',
                  angle: -90,
                  position: 'insideLeft',
                  fill: 'var(--text-muted)',
                  fontSize: 12,
                }}
              />
              <Tooltip {...TOOLTIP_PROPS} />
              {[...EVIDENCE_STRENGTHS].reverse().map((e) => (
                <Bar
                  key={e}
                  dataKey={e}
                  name={EVIDENCE_LABELS[e]}
                  stackId="a"
                  fill={EVIDENCE_COLORS[e]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          )}
        </div>
      }
      table={() => (
        <table className="data-table">
          <caption className="visually-hidden">Outcome attainment per pilot</caption>
          <thead>
            <tr>
              <th scope="col">Pilot</th>
              <th scope="col" className="num">
                Mean progress
              </th>
              <th scope="col">Outcome metrics (progress, evidence)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={`/pilots/${p.id}`}>{p.name}</Link>
                </td>
                <td className="num">{progressText(p.attainment)}</td>
                <td>
                  {p.outcomes
                    .map(
                      (o) =>
                        `${o.name}: ${progressText(o.progress)}, ${EVIDENCE_LABELS[o.evidence].toLowerCase()}`,
                    )
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
