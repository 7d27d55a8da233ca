import type { Period, Tiles } from '@shared/domain/portfolio';
import { formatMoney, formatNumber, formatPercent } from '../../components/format';
import { PERIOD_PHRASES } from './chartText';

function Tile(props: { label: string; value: string; note: string }) {
  return (
    <div className="card tile portfolio-tile">
      <div className="tile-label">{props.label}</div>
      <div className="tile-value">{props.value}</div>
      <div className="tile-note">{props.note}</div>
    </div>
  );
}

/** The headline numbers, over exactly the pilots and period the charts show. */
export function PortfolioTiles(props: { tiles: Tiles; currency: string; period: Period }) {
  const { tiles: t, currency } = props;
  const money = (v: number) => formatMoney(v, currency, true);
  const byStage = t.activeByStage;
  return (
    <div className="tiles portfolio-tiles" role="group" aria-label="Headline figures">
      <Tile
        label="Running pilots"
        value={formatNumber(t.active)}
        note={`${byStage.idea} idea · ${byStage.pilot} pilot · ${byStage.scaling} scaling · ${byStage.scaled} scaled · ${t.stopped} stopped`}
      />
      <Tile label="Value created" value={money(t.value)} note="from outcome metrics, to date" />
      <Tile label="Cost" value={money(t.cost)} note="budget, agents and supervision" />
      <Tile
        label="ROI"
        value={t.roi === null ? '—' : `${formatNumber(t.roi, 1)}×`}
        note="value ÷ cost"
      />
      <Tile
        label="Resources granted"
        value={money(t.granted)}
        note={
          t.granted > 0
            ? `${formatPercent(t.grantedEarned / t.granted)} earned, ${PERIOD_PHRASES[props.period]}`
            : PERIOD_PHRASES[props.period]
        }
      />
      <Tile
        label="Supervision"
        value={`${formatNumber(t.supervisionHours, 0)} h/wk`}
        note={`of ${formatNumber(t.supervisionCapacity, 0)} h capacity · ${t.overloadedSupervisors} over`}
      />
      <Tile
        label="Duplication savings"
        value={money(t.duplicationSavings)}
        note="a year, by merging look-alike agents"
      />
    </div>
  );
}
