import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { SupervisionBar } from '@shared/domain/portfolio';
import { formatNumber, formatPercent } from '../../../components/format';
import { ChartCard, LegendItem } from '../ChartCard';
import { plural, TOOLTIP_PROPS } from '../chartText';
import { useElementWidth } from '../useElementWidth';
import { AxisTick, NameTick } from './AxisTick';

/** Bars beyond this many would be too thin to read; the table lists everyone. */
const MAX_BARS = 12;

export function supervisionFinding(bars: readonly SupervisionBar[]): string {
  if (bars.length === 0) return 'No supervision is planned or logged for these pilots';
  const over = bars.filter((b) => b.load > b.capacity).length;
  return over === 0
    ? `All ${plural(bars.length, 'supervisor')} are within capacity`
    : `${over} of ${plural(bars.length, 'supervisor')} are over capacity`;
}

/** Each supervisor's weekly hours on the pilots shown, against their capacity. */
export function SupervisionChart(props: { bars: SupervisionBar[]; height?: number }) {
  const shown = props.bars.slice(0, MAX_BARS);
  const height = props.height ?? Math.max(200, 40 + shown.length * 30);
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const data = shown.map((b) => ({ ...b, over: b.load > b.capacity }));
  const summary =
    'Bar chart of supervision hours per week against capacity: ' +
    shown
      .map((b) => `${b.name} ${formatNumber(b.load, 1)} of ${formatNumber(b.capacity, 1)} hours`)
      .join('; ') +
    '.';
  return (
    <ChartCard
      finding={supervisionFinding(props.bars)}
      subtitle={`Hours per week each supervisor spends on these pilots' agents (planned, or logged when more), against capacity${props.bars.length > MAX_BARS ? `; the ${MAX_BARS} most loaded shown` : ''}.`}
      legend={
        <ul className="chart-legend" aria-hidden="true">
          <LegendItem color="var(--accent)" label="Load within capacity" />
          <LegendItem color="var(--danger)" label="Over capacity" />
          <LegendItem color="var(--border-strong)" label="Capacity" />
        </ul>
      }
      chart={
        <div ref={ref} className="portfolio-plot" style={{ height }}>
          {shown.length === 0 ? (
            <p className="portfolio-chart-empty">No supervisor carries load on these pilots.</p>
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
                barGap={-14}
                barSize={14}
              >
                <CartesianGrid horizontal={false} stroke="var(--border)" />
                <XAxis
                  type="number"
                  tick={AxisTick}
                  interval={0}
                  tickFormatter={(v: number) => `${formatNumber(v, 0)} h`}
                  label={{
                    value: 'Hours per week',
                    position: 'insideBottom',
                    offset: -10,
                    fill: 'var(--text-muted)',
                    fontSize: 12,
                  }}
                />
                <YAxis
                  type="category"
                  dataKey="name"
                  tick={NameTick}
                  // Every name shows (a row each, at most a dozen): none to thin out.
                  interval={0}
                  width={130}
                  tickLine={false}
                />
                <Tooltip
                  formatter={(v) => `${formatNumber(Number(v), 1)} h/wk`}
                  {...TOOLTIP_PROPS}
                />
                <Bar
                  dataKey="capacity"
                  name="Capacity"
                  fill="var(--border-strong)"
                  isAnimationActive={false}
                />
                <Bar dataKey="load" name="Load" isAnimationActive={false} barSize={8}>
                  {data.map((b) => (
                    <Cell key={b.personId} fill={b.over ? 'var(--danger)' : 'var(--accent)'} />
                  ))}
                </Bar>
              </BarChart>
            )
          )}
        </div>
      }
      table={() => (
        <table className="data-table">
          <caption className="visually-hidden">Supervision load per supervisor</caption>
          <thead>
            <tr>
              <th scope="col">Supervisor</th>
              <th scope="col" className="num">
                Hours per week
              </th>
              <th scope="col" className="num">
                Capacity
              </th>
              <th scope="col" className="num">
                Utilisation
              </th>
            </tr>
          </thead>
          <tbody>
            {props.bars.map((b) => (
              <tr key={b.personId}>
                <td>{b.name}</td>
                <td className="num">{formatNumber(b.load, 1)}</td>
                <td className="num">{formatNumber(b.capacity, 1)}</td>
                <td className="num">{b.capacity > 0 ? formatPercent(b.load / b.capacity) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
