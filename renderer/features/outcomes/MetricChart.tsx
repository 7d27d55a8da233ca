import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { buildMetricChart, type ChartPoint } from '@shared/chart/metricChartModel';
import { timeTicks } from '@shared/chart/timeTicks';
import { dayToIso } from '@shared/dates';
import type { MeasurementSeries, Metric } from '@shared/model';
import { formatDate, formatNumber } from '../../components/format';
import { formatDayTick, formatValueTick } from './chartFormat';
import { chartSummary } from './chartSummary';
import { formatValue } from './formatValue';
import { useElementWidth } from './useElementWidth';

export type ChartedMetric = Pick<
  Metric,
  'id' | 'name' | 'unit' | 'baseline' | 'target' | 'direction'
>;

/** Above this many measurements the line is drawn at once: animating it only delays reading. */
const ANIMATE_UP_TO = 500;
/** Dots mark single measurements while they are few enough to be told apart. */
const DOTS_UP_TO = 60;
/** The series is re-thinned when the width crosses a multiple of this, not on every pixel. */
const WIDTH_QUANTUM = 100;

const MARGIN = { top: 14, right: 18, bottom: 4, left: 4 };

const reducedMotion =
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function isChartPoint(value: unknown): value is ChartPoint {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ChartPoint).x === 'number' &&
    typeof (value as ChartPoint).y === 'number'
  );
}

function ChartTooltip(
  props: TooltipContentProps & { unit: string; notes: Record<string, string> | undefined },
) {
  const point: unknown = props.payload[0]?.payload;
  if (!props.active || !isChartPoint(point)) return null;
  const note = props.notes?.[String(point.x)];
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-date">{formatDate(dayToIso(point.x))}</div>
      <div className="chart-tooltip-value">{formatValue(point.y, props.unit)}</div>
      {note && <div className="chart-tooltip-note">{note}</div>}
    </div>
  );
}

/**
 * A metric's measurements over time against its baseline and target, with the band that meets
 * the target shaded. The series is thinned (LTTB, extremes kept) to a couple of points per pixel
 * before Recharts sees it, so 100,000 measurements draw as fast as a thousand.
 */
export const MetricChart = memo(function MetricChart(props: {
  metric: ChartedMetric;
  series: MeasurementSeries | undefined;
  height: number;
}) {
  const { metric, series, height } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const plotWidth = Math.ceil(width / WIDTH_QUANTUM) * WIDTH_QUANTUM;

  const model = useMemo(
    () =>
      series && series.days.length > 0 && plotWidth > 0
        ? buildMetricChart({
            days: series.days,
            values: series.values,
            baseline: metric.baseline,
            target: metric.target,
            direction: metric.direction,
            width: plotWidth,
            yTickCount: height >= 200 ? 5 : 4,
          })
        : null,
    [series, metric.baseline, metric.target, metric.direction, plotWidth, height],
  );
  const xTicks = useMemo(() => {
    if (!model || !series) return null;
    // Ticks no finer than the measurements' average spacing (up to a week).
    const n = series.days.length;
    const spacing =
      n > 1 ? ((series.days[n - 1] as number) - (series.days[0] as number)) / (n - 1) : 1;
    return timeTicks(
      model.xDomain[0],
      model.xDomain[1],
      Math.max(2, width / 96),
      Math.min(7, spacing),
    );
  }, [model, series, width]);
  const summary = useMemo(() => chartSummary(metric, series), [metric, series]);

  if (!series || series.days.length === 0) {
    return (
      <div className="metric-chart-empty" style={{ minHeight: height }}>
        <p>
          No measurements yet. Add the first with <strong>Add measurement</strong>, or focus the
          card and press <kbd>M</kbd>.
        </p>
      </div>
    );
  }

  const lower = metric.direction === 'lower';
  const largestTick = model ? Math.max(Math.abs(model.yDomain[0]), Math.abs(model.yDomain[1])) : 0;
  const yLabels = model?.yTicks.map((t) => formatValueTick(t, largestTick)) ?? [];
  const yAxisWidth = Math.max(32, 10 + 7 * Math.max(...yLabels.map((l) => l.length), 1));
  const animate = !reducedMotion && (model?.count ?? 0) <= ANIMATE_UP_TO;
  const showDots = (model?.points.length ?? 0) <= DOTS_UP_TO;
  // Hundreds of points side by side: a thinner line keeps the peaks apart instead of a smear.
  const dense = (model?.points.length ?? 0) > 200;

  return (
    <figure className="metric-chart">
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="legend-swatch legend-line" /> Measured
        </li>
        <li>
          <span className="legend-swatch legend-baseline" /> Baseline{' '}
          {formatNumber(metric.baseline)}
        </li>
        <li>
          <span className="legend-swatch legend-target" /> Target {formatNumber(metric.target)}
        </li>
        <li>
          <span className="legend-swatch legend-zone" /> Target zone: {lower ? 'lower' : 'higher'}{' '}
          is better {lower ? '↓' : '↑'}
        </li>
      </ul>
      <div ref={ref} className="metric-chart-plot" style={{ height }}>
        {model && xTicks && width > 0 && (
          <ComposedChart
            width={width}
            height={height}
            data={model.points}
            margin={MARGIN}
            role="img"
            title={summary}
            desc="Left and right arrow keys step through the points; Show as table lists every measurement."
          >
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <ReferenceArea
              y1={model.targetZone[0]}
              y2={model.targetZone[1]}
              fill="var(--chart-target)"
              fillOpacity={0.1}
              stroke="none"
              ifOverflow="hidden"
            />
            <XAxis
              dataKey="x"
              type="number"
              domain={model.xDomain}
              ticks={xTicks.days}
              tickFormatter={(day: number) => formatDayTick(day, xTicks.unit)}
              tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
              tickLine={false}
              axisLine={{ stroke: 'var(--border-strong)' }}
              padding={{ left: 12, right: 12 }}
            />
            <YAxis
              type="number"
              domain={model.yDomain}
              ticks={model.yTicks}
              tickFormatter={(v: number) => formatValueTick(v, largestTick)}
              tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
              tickLine={false}
              axisLine={false}
              width={yAxisWidth}
            />
            <ReferenceLine
              y={metric.baseline}
              stroke="var(--chart-baseline)"
              strokeDasharray="4 4"
              strokeWidth={1.5}
              label={{
                value: `Baseline ${formatNumber(metric.baseline)}`,
                // Labels sit between baseline and target, each at the end of the chart the line
                // has left: the series starts near the baseline (left) and heads for the target
                // (right), so there they stay clear of it. (For a line, Recharts puts
                // "insideTop" just below it and "insideBottom" just above.)
                position: lower ? 'insideTopRight' : 'insideBottomRight',
                fill: 'var(--text-muted)',
                fontSize: 12,
                className: 'chart-ref-label',
              }}
            />
            <ReferenceLine
              y={metric.target}
              stroke="var(--chart-target)"
              strokeDasharray="7 4"
              strokeWidth={1.5}
              label={{
                value: `Target ${formatNumber(metric.target)} ${lower ? '↓' : '↑'}`,
                position: lower ? 'insideBottomLeft' : 'insideTopLeft',
                fill: 'var(--chart-target-text)',
                fontSize: 12,
                fontWeight: 600,
                className: 'chart-ref-label',
              }}
            />
            <Tooltip
              content={(tooltip) => (
                <ChartTooltip {...tooltip} unit={metric.unit} notes={series.notes} />
              )}
              cursor={{ stroke: 'var(--border-strong)', strokeWidth: 1 }}
              isAnimationActive={false}
            />
            <Line
              dataKey="y"
              type="linear"
              stroke="var(--chart-line)"
              strokeWidth={dense ? 1.5 : 2.25}
              strokeLinejoin="round"
              dot={
                showDots
                  ? { r: 3.5, fill: 'var(--surface)', stroke: 'var(--chart-line)', strokeWidth: 2 }
                  : false
              }
              activeDot={{
                r: 5,
                fill: 'var(--chart-line)',
                stroke: 'var(--surface)',
                strokeWidth: 2,
              }}
              isAnimationActive={animate}
              animationDuration={450}
            />
          </ComposedChart>
        )}
      </div>
    </figure>
  );
});
