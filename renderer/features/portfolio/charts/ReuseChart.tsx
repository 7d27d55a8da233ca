import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReuseView } from '@shared/domain/portfolio';
import { formatMoney, formatPercent } from '../../../components/format';
import { ChartCard, LegendItem } from '../ChartCard';
import { compactMoney, plural, TOOLTIP_PROPS } from '../chartText';
import { useElementWidth } from '../useElementWidth';
import { AxisTick, NameTick } from './AxisTick';

const MAX_BARS = 8;

export function reuseFinding(reuse: ReuseView, currency: string): string {
  const rate =
    reuse.reuseRate === null
      ? 'no agent in use'
      : `${formatPercent(reuse.reuseRate)} of agents work in several pilots`;
  if (reuse.clusters.length === 0) return `No duplicated agents; ${rate}`;
  return `Merging ${plural(reuse.clusters.length, 'duplicate cluster')} would save ${formatMoney(reuse.savings, currency, true)} a year; ${rate}`;
}

/** Clusters of look-alike agents by what the copies cost a year, with the reuse rate. */
export function ReuseChart(props: { reuse: ReuseView; currency: string; height?: number }) {
  const { reuse, currency } = props;
  const data = reuse.clusters.slice(0, MAX_BARS).map((c) => ({
    key: c.key,
    label: c.agentNames[0] ?? 'Cluster',
    yearlyCost: c.yearlyCost,
  }));
  const height = props.height ?? Math.max(200, 40 + data.length * 34);
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const summary =
    `Bar chart of duplicate agent clusters by yearly cost of the copies: ` +
    data.map((d) => `${d.label} ${formatMoney(d.yearlyCost, currency)}`).join('; ') +
    `. ${reuse.acrossPilots} of ${reuse.agentsInUse} agents in use work in several pilots.`;
  return (
    <ChartCard
      finding={reuseFinding(reuse, currency)}
      subtitle={`Yearly running cost (${currency}) of the copies in each cluster of look-alike agents, named by the agent to keep. ${reuse.acrossPilots} of ${reuse.agentsInUse} agents in use serve several pilots; ${reuse.servingSeveral} serve several people.`}
      legend={
        <ul className="chart-legend" aria-hidden="true">
          <LegendItem color="var(--rec-pivot)" label="Yearly cost of duplicates" />
        </ul>
      }
      chart={
        <div ref={ref} className="portfolio-plot" style={{ height }}>
          {data.length === 0 ? (
            <p className="portfolio-chart-empty">No look-alike agents across these pilots.</p>
          ) : (
            width > 0 && (
              <BarChart
                width={width}
                height={height}
                data={data}
                layout="vertical"
                margin={{ top: 4, right: 16, bottom: 16, left: 8 }}
                role="img"
                title={summary}
                barSize={16}
              >
                <CartesianGrid horizontal={false} stroke="var(--border)" />
                <XAxis
                  type="number"
                  tick={AxisTick}
                  interval={0}
                  tickFormatter={(v: number) => compactMoney(v, currency)}
                />
                <YAxis
                  type="category"
                  dataKey="label"
                  tick={NameTick}
                  // Every name shows (a row each, at most a dozen): none to thin out.
                  interval={0}
                  width={150}
                  tickLine={false}
                />
                <Tooltip
                  formatter={(v) => `${formatMoney(Number(v), currency)} a year`}
                  {...TOOLTIP_PROPS}
                />
                <Bar
                  dataKey="yearlyCost"
                  name="Yearly cost of duplicates"
                  fill="var(--rec-pivot)"
                  isAnimationActive={false}
                  radius={[0, 3, 3, 0]}
                />
              </BarChart>
            )
          )}
        </div>
      }
      table={() => (
        <table className="data-table">
          <caption className="visually-hidden">Duplicate agent clusters</caption>
          <thead>
            <tr>
              <th scope="col">Agents (the one to keep first)</th>
              <th scope="col" className="num">
                Pilots
              </th>
              <th scope="col" className="num">
                Yearly cost of duplicates
              </th>
            </tr>
          </thead>
          <tbody>
            {reuse.clusters.map((c) => (
              <tr key={c.key}>
                <td>{c.agentNames.join(', ')}</td>
                <td className="num">{c.pilotIds.length}</td>
                <td className="num">{formatMoney(c.yearlyCost, currency)}</td>
              </tr>
            ))}
            {reuse.clusters.length === 0 && (
              <tr>
                <td colSpan={3}>No look-alike agents across these pilots.</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    />
  );
}
