import type { BaseTiles, Period, Tiles } from '@shared/domain/portfolio';
import { formatMoney, formatNumber, formatPercent } from '../../components/format';
import { PERIOD_PHRASES } from './chartText';

function Tile(props: { label: string; value: string; unit?: string; note: string }) {
  return (
    <div className="card tile portfolio-tile">
      <div className="tile-label">{props.label}</div>
      <div className="tile-value">
        {props.value}
        {props.unit && <span className="tile-unit"> {props.unit}</span>}
      </div>
      <div className="tile-note">{props.note}</div>
    </div>
  );
}

/** A figure still being worked out from the measurements: no number until it is final. */
const PENDING = '…';
const PENDING_NOTE = 'reading the measurements';

/**
 * The headline numbers, over exactly the pilots and period the charts show. Given only the tiles
 * that need no measurement (the dashboard's first answer), value, cost and ROI show as pending.
 */
export function PortfolioTiles(props: {
  tiles: Tiles | BaseTiles;
  currency: string;
  period: Period;
}) {
  const { tiles: t, currency } = props;
  const money = (v: number) => formatMoney(v, currency, true);
  const byStage = t.activeByStage;
  const measured = 'value' in t ? t : null;
  return (
    <div className="tiles portfolio-tiles" role="group" aria-label="Headline figures">
      <Tile
        label="Running pilots"
        value={formatNumber(t.active)}
        note={`${byStage.idea} idea · ${byStage.pilot} pilot · ${byStage.scaling} scaling · ${byStage.scaled} scaled · ${t.stopped} stopped`}
      />
      <Tile
        label="Value created"
        value={measured ? money(measured.value) : PENDING}
        note={measured ? 'from outcome metrics, to date' : PENDING_NOTE}
      />
      <Tile
        label="Cost"
        value={measured ? money(measured.cost) : PENDING}
        note={measured ? 'budget, agents and supervision' : PENDING_NOTE}
      />
      <Tile
        label="ROI"
        value={
          !measured ? PENDING : measured.roi === null ? '—' : `${formatNumber(measured.roi, 1)}×`
        }
        note={measured ? 'value ÷ cost' : PENDING_NOTE}
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
        value={formatNumber(t.supervisionHours, 0)}
        unit="h/wk"
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
