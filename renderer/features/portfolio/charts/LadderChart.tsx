import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { BaseTiles, LadderRung, Period } from '@shared/domain/portfolio';
import { formatNumber } from '../../../components/format';
import { STAGE_LABELS } from '../../../components/StageBadge';
import { ChartCard, LegendItem } from '../ChartCard';
import { PERIOD_PHRASES, plural, STAGE_COLORS, TOOLTIP_PROPS } from '../chartText';
import { useElementWidth } from '../useElementWidth';
import { AxisTick } from './AxisTick';

export function ladderFinding(
  ladder: readonly LadderRung[],
  tiles: BaseTiles,
  period: Period,
): string {
  const up = ladder
    .filter((r) => r.stage === 'scaling' || r.stage === 'scaled')
    .reduce((s, r) => s + r.entered, 0);
  const far = tiles.activeByStage.scaling + tiles.activeByStage.scaled;
  return `${far} of ${plural(tiles.active, 'running pilot')} are scaling or scaled; ${up} moved up ${PERIOD_PHRASES[period]}`;
}

/** Pilots on each rung of the ladder, with how many a decision in the period moved onto it. */
export function LadderChart(props: {
  ladder: LadderRung[];
  tiles: BaseTiles;
  period: Period;
  height?: number;
}) {
  const height = props.height ?? 300;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const data = props.ladder.map((r) => ({ ...r, label: STAGE_LABELS[r.stage] }));
  const summary =
    'Bar chart of pilots per stage: ' +
    props.ladder
      .map((r) => `${STAGE_LABELS[r.stage]} ${r.pilots} (${r.entered} entered in the period)`)
      .join(', ') +
    '.';
  return (
    <ChartCard
      finding={ladderFinding(props.ladder, props.tiles, props.period)}
      subtitle="Pilots per stage now, and pilots a decision moved onto each stage in the period."
      legend={
        <ul className="chart-legend" aria-hidden="true">
          <LegendItem color="var(--stage-pilot)" label="Pilots now (colour = stage)" />
          <LegendItem color="var(--border-strong)" label="Entered in the period" />
        </ul>
      }
      chart={
        <div ref={ref} className="portfolio-plot" style={{ height }}>
          {width > 0 && (
            <BarChart
              width={width}
              height={height}
              data={data}
              margin={{ top: 20, right: 12, bottom: 4, left: 0 }}
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
              />
              <Tooltip {...TOOLTIP_PROPS} />
              <Bar
                dataKey="pilots"
                name="Pilots now"
                isAnimationActive={false}
                radius={[3, 3, 0, 0]}
              >
                {data.map((r) => (
                  <Cell key={r.stage} fill={STAGE_COLORS[r.stage]} />
                ))}
                <LabelList
                  dataKey="pilots"
                  position="top"
                  fill="var(--text)"
                  fontSize={13}
                  fontWeight={600}
                />
              </Bar>
              <Bar
                dataKey="entered"
                name="Entered in the period"
                fill="var(--border-strong)"
                isAnimationActive={false}
                radius={[3, 3, 0, 0]}
              />
            </BarChart>
          )}
        </div>
      }
      table={() => (
        <table className="data-table">
          <caption className="visually-hidden">Pilots per stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col" className="num">
                Pilots now
              </th>
              <th scope="col" className="num">
                Entered in the period
              </th>
            </tr>
          </thead>
          <tbody>
            {props.ladder.map((r) => (
              <tr key={r.stage}>
                <td>{STAGE_LABELS[r.stage]}</td>
                <td className="num">{formatNumber(r.pilots)}</td>
                <td className="num">{formatNumber(r.entered)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
