import { useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CorrectionPoint } from '@shared/domain/agents';
import { Button } from '../../components/Button';
import { formatDate, formatNumber, formatPercent } from '../../components/format';

/**
 * The correction rate week by week. Falling means the agent needs less correcting — the evidence
 * that supervision hours can come down. Readable as a table for keyboards and screen readers.
 */
export function CorrectionRateChart(props: { points: readonly CorrectionPoint[]; label: string }) {
  const [asTable, setAsTable] = useState(false);
  const data = props.points.map((p) => ({
    week: p.weekStart,
    percent: p.rate === null ? null : Math.round(p.rate * 1000) / 10,
  }));
  if (props.points.length === 0) {
    return (
      <p className="empty-inline">
        No supervision logged yet. Use <strong>Log</strong> on an assignment to record what was
        reviewed and corrected.
      </p>
    );
  }
  const first = props.points[0];
  const last = props.points[props.points.length - 1];
  const summary =
    first && last && first.rate !== null && last.rate !== null
      ? `${props.label}: ${formatPercent(first.rate)} in the week of ${formatDate(first.weekStart)}, ${formatPercent(last.rate)} in the week of ${formatDate(last.weekStart)}.`
      : props.label;

  return (
    <figure className="correction-chart">
      <div className="correction-chart-bar">
        <figcaption className="muted">{summary}</figcaption>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => setAsTable((v) => !v)}
          aria-pressed={asTable}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </Button>
      </div>
      {asTable ? (
        <div className="table-scroll">
          <table className="data-table plain-head">
            <caption className="visually-hidden">{props.label}</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col" className="num">
                  Reviewed
                </th>
                <th scope="col" className="num">
                  Corrected
                </th>
                <th scope="col" className="num">
                  Rate
                </th>
                <th scope="col" className="num">
                  Hours
                </th>
              </tr>
            </thead>
            <tbody>
              {props.points.map((p) => (
                <tr key={p.weekStart}>
                  <td>{formatDate(p.weekStart)}</td>
                  <td className="num">{formatNumber(p.reviewed)}</td>
                  <td className="num">{formatNumber(p.corrected)}</td>
                  <td className="num">{p.rate === null ? '—' : formatPercent(p.rate)}</td>
                  <td className="num">{formatNumber(p.hours, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div className="correction-chart-plot" role="img" aria-label={summary}>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={data} margin={{ top: 10, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke="var(--border)" />
              <XAxis
                dataKey="week"
                tickFormatter={(w: string) => formatDate(w)}
                tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
                tickLine={false}
                axisLine={{ stroke: 'var(--border-strong)' }}
                minTickGap={24}
              />
              <YAxis
                unit=" %"
                tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
                tickLine={false}
                axisLine={false}
                width={48}
                allowDecimals={false}
              />
              <Tooltip
                formatter={(v) => [`${String(v)} %`, 'Corrected']}
                labelFormatter={(w) => `Week of ${formatDate(String(w))}`}
                contentStyle={{
                  background: 'var(--surface)',
                  border: '1px solid var(--border)',
                  color: 'var(--text)',
                }}
              />
              <Line
                type="monotone"
                dataKey="percent"
                stroke="var(--accent)"
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
                connectNulls
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
