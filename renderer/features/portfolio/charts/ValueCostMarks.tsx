import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { ValueCostPoint } from '@shared/domain/portfolio';
import { DECISION_KINDS } from '@shared/model/constants';
import { formatMoney } from '../../../components/format';
import { DECISION_LABELS } from '../../../components/RecommendationBadge';
import { REC_COLORS } from '../chartText';

/** Mark areas in px², smallest to largest budget (as a Recharts ZAxis range would give). */
const AREA_RANGE = [50, 600] as const;
const TOOLTIP_WIDTH = 260;
const TOOLTIP_HEIGHT = 150;

interface Placed {
  point: ValueCostPoint;
  cx: number;
  cy: number;
  r: number;
}

/**
 * Every pilot's mark in one layer of plain circles, inside the ScatterChart (whose axes give the
 * scales). Recharts' own Scatter drew each of 500 marks as a component with its own store
 * subscription: 200–260 ms in one task on the dashboard. One listener for the layer opens the
 * pilot under a click and shows its tooltip on hover.
 *
 * From the keyboard the marks are one tab stop (a roving tabindex): arrow keys move from mark to
 * mark in order of cost (then value), Home and End go to the ends, Enter opens the pilot, and the
 * focused mark shows its tooltip. Each mark is a link named with its figures.
 */
export function ValueCostMarks(props: {
  points: readonly ValueCostPoint[];
  currency: string;
  quadrantLabel: (point: ValueCostPoint) => string;
  onOpen: (pilotId: string) => void;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const [hovered, setHovered] = useState<Placed | null>(null);
  const [focused, setFocused] = useState<Placed | null>(null);
  const placed = useMemo((): Placed[] => {
    if (!x || !y) return [];
    const budgets = props.points.map((p) => p.budget);
    const low = Math.min(...budgets);
    const span = Math.max(...budgets) - low;
    const [minArea, maxArea] = AREA_RANGE;
    const out: Placed[] = [];
    // Drawn in the order of the recommendations' legend, as one series each was before.
    for (const kind of DECISION_KINDS) {
      for (const point of props.points) {
        if (point.recommendation !== kind) continue;
        const cx = x(point.cost);
        const cy = y(point.value);
        if (cx === undefined || cy === undefined) continue;
        const area =
          span > 0 ? minArea + ((point.budget - low) / span) * (maxArea - minArea) : minArea;
        out.push({ point, cx, cy, r: Math.sqrt(area / Math.PI) });
      }
    }
    return out;
  }, [props.points, x, y]);

  const markAt = (event: MouseEvent<SVGGElement>): Placed | undefined => {
    const index = (event.target as Element).getAttribute('data-index');
    return index === null ? undefined : placed[Number(index)];
  };

  // Keyboard order: left to right (cost), then bottom to top (value); indices into `placed`.
  const keyboardOrder = useMemo(
    () =>
      placed
        .map((_, i) => i)
        .sort((a, b) => placed[a]!.cx - placed[b]!.cx || placed[b]!.cy - placed[a]!.cy),
    [placed],
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = Math.max(
    0,
    keyboardOrder.findIndex((i) => placed[i]?.point.id === activeId),
  );
  const layer = useRef<SVGGElement>(null);

  const focusMark = (orderIndex: number) => {
    const index = keyboardOrder[orderIndex];
    const mark = index === undefined ? undefined : placed[index];
    if (!mark) return;
    setActiveId(mark.point.id);
    layer.current?.querySelector<SVGCircleElement>(`[data-index="${index}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const last = keyboardOrder.length - 1;
    const to: Record<string, number> = {
      ArrowRight: Math.min(active + 1, last),
      ArrowDown: Math.min(active + 1, last),
      ArrowLeft: Math.max(active - 1, 0),
      ArrowUp: Math.max(active - 1, 0),
      Home: 0,
      End: last,
    };
    const next = to[event.key];
    if (next !== undefined) {
      event.preventDefault();
      focusMark(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const mark = placed[keyboardOrder[active] ?? -1];
      if (!mark) return;
      event.preventDefault();
      props.onOpen(mark.point.id);
    }
  };

  const label = (p: ValueCostPoint) =>
    `${p.name}: value ${formatMoney(p.value, props.currency)}, cost ` +
    `${formatMoney(p.cost, props.currency)}, ${props.quadrantLabel(p)} quadrant, recommend ` +
    DECISION_LABELS[p.recommendation];
  const tabStop = keyboardOrder[active];

  return (
    // Above the quadrants' areas and the axes, where Recharts draws its own scatter marks.
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g
        ref={layer}
        className="portfolio-valuecost-marks"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const index = (event.target as Element).getAttribute('data-index');
          const mark = index === null ? undefined : placed[Number(index)];
          if (!mark) return;
          setActiveId(mark.point.id);
          setHovered(mark);
          setFocused(mark);
        }}
        onBlur={() => {
          setHovered(null);
          setFocused(null);
        }}
        onClick={(event) => {
          const mark = markAt(event);
          if (mark) props.onOpen(mark.point.id);
        }}
        onMouseOver={(event) => setHovered(markAt(event) ?? null)}
        onMouseLeave={() => setHovered(null)}
      >
        {placed.map((m, i) => (
          <circle
            key={m.point.id}
            data-index={i}
            role="link"
            aria-label={label(m.point)}
            tabIndex={i === tabStop ? 0 : -1}
            className="portfolio-valuecost-mark portfolio-clickable"
            cx={m.cx}
            cy={m.cy}
            r={m.r}
            fill={REC_COLORS[m.point.recommendation]}
            fillOpacity={0.8}
            stroke="var(--surface)"
            strokeWidth={1}
          />
        ))}
        {focused && (
          // A ring around the focused mark, wide of it: a mark's own outline would be lost on
          // a small mark of a colour near the focus colour.
          <circle
            className="portfolio-valuecost-focus"
            cx={focused.cx}
            cy={focused.cy}
            r={focused.r + 4}
            fill="none"
            stroke="var(--focus)"
            strokeWidth={2}
            pointerEvents="none"
          />
        )}
        {hovered && (
          <foreignObject
            x={hovered.cx + hovered.r + 4}
            y={hovered.cy - TOOLTIP_HEIGHT / 2}
            width={TOOLTIP_WIDTH}
            height={TOOLTIP_HEIGHT}
            pointerEvents="none"
          >
            <div className="chart-tooltip">
              <div className="chart-tooltip-value">{hovered.point.name}</div>
              <div>Value {formatMoney(hovered.point.value, props.currency)}</div>
              <div>Cost {formatMoney(hovered.point.cost, props.currency)}</div>
              <div>Budget {formatMoney(hovered.point.budget, props.currency)}</div>
              <div className="chart-tooltip-date">
                {props.quadrantLabel(hovered.point)} quadrant · recommend{' '}
                {DECISION_LABELS[hovered.point.recommendation]}
              </div>
            </div>
          </foreignObject>
        )}
      </g>
    </ZIndexLayer>
  );
}
