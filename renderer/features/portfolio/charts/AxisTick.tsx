import type { ReactNode } from 'react';
import type { BaseTickContentProps } from 'recharts';
import { wrapLabel } from '@shared/chart/axisLabels';
import { LABEL_FONT_SIZE, labelWidth } from './textWidth';

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
  const { x, payload, index, tickFormatter, verticalAnchor } = props;
  const value: unknown = payload.value;
  const label = tickFormatter ? tickFormatter(value, index) : String(value);
  return (
    <TickText {...props}>
      <tspan x={x} dy={DY[verticalAnchor]}>
        {label}
      </tspan>
    </TickText>
  );
}

/** The text element of a tick label, styled as every axis label of the dashboard. */
function TickText(props: BaseTickContentProps & { children: ReactNode }) {
  return (
    <text
      x={props.x}
      y={props.y}
      textAnchor={props.textAnchor}
      fill="var(--text-muted)"
      fontSize={LABEL_FONT_SIZE}
      className={props.className}
    >
      {props.children}
    </text>
  );
}

/** Room left between a name and its axis' tick (Recharts' default tick size and margin). */
const NAME_INSET = 8;

/**
 * Names on a category axis (people, agents), as Recharts' <Text> drew them — broken between words
 * within the axis' width, centred on the tick — but measured on a canvas (see textWidth.ts), at
 * most two lines, the rest cut with an ellipsis and the full name as its title. Recharts' own
 * label measured each word in the page: a forced layout each, 15-30 ms of every such chart.
 */
export function NameTick(props: BaseTickContentProps) {
  const { x, payload } = props;
  const name = String(payload.value);
  const width = Math.max(1, Number(props.width ?? 0) - NAME_INSET);
  const { lines, truncated } = wrapLabel(name, width, labelWidth);
  // Centred on the tick: the first line moves up by half the lines after it (1em apart).
  const firstDy = `${(0.355 - (lines.length - 1) / 2).toFixed(3)}em`;
  return (
    <TickText {...props}>
      {truncated && <title>{name}</title>}
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? firstDy : '1em'}>
          {line}
        </tspan>
      ))}
    </TickText>
  );
}
