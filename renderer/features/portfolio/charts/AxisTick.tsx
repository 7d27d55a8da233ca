import type { BaseTickContentProps } from 'recharts';

/** Where the text's first line sits from the tick, as Recharts' own <Text> places it. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * An axis label as plain SVG text, styled as the charts' labels always were (muted, 12 px).
 * Recharts' default label (<Text>) measures each word in the DOM (a forced layout per label,
 * ~150 ms of a dashboard load); the labels here are one line and need no wrapping. Axes using it
 * also set `interval={0}` where every label shows anyway (a few stages, buckets or numbers), so
 * Recharts measures none to thin them; the quarters keep thinning (their number grows).
 */
export function AxisTick(props: BaseTickContentProps) {
  const { x, y, payload, index, tickFormatter, textAnchor, verticalAnchor, className } = props;
  const value: unknown = payload.value;
  const label = tickFormatter ? tickFormatter(value, index) : String(value);
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor}
      fill="var(--text-muted)"
      fontSize={12}
      className={className}
    >
      <tspan x={x} dy={DY[verticalAnchor]}>
        {label}
      </tspan>
    </text>
  );
}

/**
 * Labels that are names (people, agents): Recharts' <Text> wraps a long one onto two lines within
 * the axis, which needs its measuring, and does so only with the default `interval` (with
 * `interval={0}` it left "Dimitra Papadopoulou" on one line, past the axis). Kept as they were.
 */
export const NAME_TICK = { fill: 'var(--text-muted)', fontSize: 12 };
