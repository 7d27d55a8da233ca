import { Link, useNavigate } from 'react-router';
import { CartesianGrid, ReferenceArea, ReferenceLine, ScatterChart, XAxis, YAxis } from 'recharts';
import { niceTicks } from '@shared/chart/niceTicks';
import {
  QUADRANT_RULE_SENTENCE,
  type Quadrant,
  type ValueCostChart as Model,
} from '@shared/domain/portfolio';
import { DECISION_KINDS } from '@shared/model/constants';
import { formatMoney } from '../../../components/format';
import { DECISION_LABELS } from '../../../components/RecommendationBadge';
import { ChartCard, LegendItem } from '../ChartCard';
import { compactMoney, plural, REC_COLORS } from '../chartText';
import { useElementWidth } from '../useElementWidth';
import { ValueCostMarks } from './ValueCostMarks';
import { AxisTick } from './AxisTick';

const QUADRANT_LABELS: Record<Quadrant, string> = {
  scale: 'Scale',
  fix: 'Fix',
  rethink: 'Rethink',
  stop: 'Stop',
};

export function valueCostFinding(model: Model): string {
  const n = model.points.length;
  if (n === 0) return 'No running pilot to place on value and cost';
  return `${model.counts.scale} of ${plural(n, 'running pilot')} to scale, ${model.counts.stop} to stop`;
}

/**
 * One mark per running pilot: value created against cost, sized by its budget and coloured by
 * the app's current recommendation, in quadrants split at the medians. A click opens the pilot.
 */
export function ValueCostChart(props: { model: Model; currency: string; height?: number }) {
  const { model, currency } = props;
  const height = props.height ?? 320;
  const navigate = useNavigate();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const values = model.points.map((p) => p.value);
  const costs = model.points.map((p) => p.cost);
  const xTicks = niceTicks(0, Math.max(1, ...costs), 5);
  const yTicks = niceTicks(Math.min(0, ...values), Math.max(1, ...values), 5);
  const xMax = xTicks[xTicks.length - 1] ?? 1;
  const yMin = yTicks[0] ?? 0;
  const yMax = yTicks[yTicks.length - 1] ?? 1;
  const summary =
    `Scatter chart of value created against cost for ${plural(model.points.length, 'running pilot')}. ` +
    `Scale ${model.counts.scale}, fix ${model.counts.fix}, rethink ${model.counts.rethink}, ` +
    `stop ${model.counts.stop}. ${QUADRANT_RULE_SENTENCE}`;
  const open = (pilotId: string) => void navigate(`/pilots/${pilotId}`);
  const label = (
    quadrant: Quadrant,
    position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight',
  ) => ({
    value: QUADRANT_LABELS[quadrant],
    position,
    fill: 'var(--text-muted)',
    fontSize: 13,
    fontWeight: 700,
  });

  return (
    <ChartCard
      finding={valueCostFinding(model)}
      subtitle={`Value created vs cost (${currency}, square-root axes so small pilots stay visible); mark size = budget allocated; quadrants split at the medians. Click a pilot to open it.`}
      legend={
        <ul className="chart-legend" aria-hidden="true">
          {DECISION_KINDS.map((kind) => (
            <LegendItem
              key={kind}
              color={REC_COLORS[kind]}
              shape="dot"
              label={`Recommend ${DECISION_LABELS[kind]}`}
            />
          ))}
        </ul>
      }
      chart={
        <div ref={ref} className="portfolio-plot" style={{ height }}>
          {width > 0 && (
            <ScatterChart
              width={width}
              height={height}
              margin={{ top: 12, right: 20, bottom: 20, left: 12 }}
              // A group, not an image: its marks are links (a roving tab stop), and an image
              // may hold nothing interactive. The title names it; the marks name themselves.
              role="group"
              aria-label={summary}
              title={summary}
              desc="Show as table lists every pilot with a link to it."
            >
              <CartesianGrid stroke="var(--chart-grid, var(--border))" />
              <ReferenceArea
                x1={0}
                x2={model.medianCost}
                y1={model.medianValue}
                y2={yMax}
                fill="var(--rec-expand)"
                fillOpacity={0.06}
                stroke="none"
                label={label('scale', 'insideTopLeft')}
              />
              <ReferenceArea
                x1={model.medianCost}
                x2={xMax}
                y1={model.medianValue}
                y2={yMax}
                fill="var(--rec-continue)"
                fillOpacity={0.05}
                stroke="none"
                label={label('fix', 'insideTopRight')}
              />
              <ReferenceArea
                x1={0}
                x2={model.medianCost}
                y1={yMin}
                y2={model.medianValue}
                fill="var(--rec-pivot)"
                fillOpacity={0.05}
                stroke="none"
                label={label('rethink', 'insideBottomLeft')}
              />
              <ReferenceArea
                x1={model.medianCost}
                x2={xMax}
                y1={yMin}
                y2={model.medianValue}
                fill="var(--rec-stop)"
                fillOpacity={0.06}
                stroke="none"
                label={label('stop', 'insideBottomRight')}
              />
              <ReferenceLine
                x={model.medianCost}
                stroke="var(--border-strong)"
                strokeDasharray="4 4"
              />
              <ReferenceLine
                y={model.medianValue}
                stroke="var(--border-strong)"
                strokeDasharray="4 4"
              />
              <XAxis
                type="number"
                dataKey="cost"
                name="Cost"
                domain={[0, xMax]}
                // No Recharts series holds the points (ValueCostMarks draws them): the axes take
                // their stated domain as is, which the nice ticks already make cover every point.
                allowDataOverflow
                ticks={xTicks}
                scale="sqrt"
                tickFormatter={(v: number) => compactMoney(v, currency)}
                tick={AxisTick}
                interval={0}
                label={{
                  value: `Cost (${currency})`,
                  position: 'insideBottom',
                  offset: -12,
                  fill: 'var(--text-muted)',
                  fontSize: 12,
                }}
              />
              <YAxis
                type="number"
                dataKey="value"
                name="Value"
                domain={[yMin, yMax]}
                allowDataOverflow
                ticks={yTicks}
                scale="sqrt"
                tickFormatter={(v: number) => compactMoney(v, currency)}
                tick={AxisTick}
                interval={0}
                width={64}
                label={{
                  value: `Value (${currency})`,
                  angle: -90,
                  position: 'insideLeft',
                  fill: 'var(--text-muted)',
                  fontSize: 12,
                }}
              />
              <ValueCostMarks
                points={model.points}
                currency={currency}
                quadrantLabel={(p) => QUADRANT_LABELS[p.quadrant]}
                onOpen={open}
              />
            </ScatterChart>
          )}
        </div>
      }
      table={() => (
        <table className="data-table">
          <caption className="visually-hidden">Value and cost per running pilot</caption>
          <thead>
            <tr>
              <th scope="col">Pilot</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col" className="num">
                Cost
              </th>
              <th scope="col" className="num">
                Budget
              </th>
              <th scope="col">Quadrant</th>
              <th scope="col">Recommendation</th>
            </tr>
          </thead>
          <tbody>
            {model.points.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={`/pilots/${p.id}`}>{p.name}</Link>
                </td>
                <td className="num">{formatMoney(p.value, currency)}</td>
                <td className="num">{formatMoney(p.cost, currency)}</td>
                <td className="num">{formatMoney(p.budget, currency)}</td>
                <td>{QUADRANT_LABELS[p.quadrant]}</td>
                <td>{DECISION_LABELS[p.recommendation]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
