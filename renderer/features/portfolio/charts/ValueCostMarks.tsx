import { useMemo, useState, type MouseEvent } from 'react';
import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { ValueCostPoint } from '@shared/domain/portfolio';
import { DECISION_KINDS } from '@shared/model';
import { formatMoney } from '../../../components/format';
import { DECISION_LABELS } from '../../../components/RecommendationBadge';
import { REC_COLORS } from '../chartText';

/** Mark areas in px², smallest to largest budget (as a Recharts ZAxis range would give). */
const AREA_RANGE = [50, 600] as const;
const TOOLTIP_WIDTH = 240;
const TOOLTIP_HEIGHT = 120;

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

  return (
    // Above the quadrants' areas and the axes, where Recharts draws its own scatter marks.
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g
        className="portfolio-valuecost-marks"
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
