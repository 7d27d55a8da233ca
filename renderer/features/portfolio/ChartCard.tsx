import { useId, useState, type ReactNode } from 'react';
import { Button } from '../../components/Button';

/**
 * A dashboard chart in its card: the title states the finding, the subtitle what is plotted and
 * in which unit; "Show as table" swaps the chart for the same numbers as a table. The table is
 * made only when shown: built with the chart, every card's table (a row per pilot, their figures
 * and dates formatted) was worked out on each draw of the dashboard, for nothing.
 */
export function ChartCard(props: {
  finding: string;
  subtitle: string;
  legend?: ReactNode;
  chart: ReactNode;
  table: () => ReactNode;
  className?: string;
}) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section
      className={`card portfolio-chart${props.className ? ` ${props.className}` : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <div className="card-header">
        <div className="portfolio-chart-heading">
          <h2 id={`${id}-title`}>{props.finding}</h2>
          <p className="portfolio-chart-subtitle">{props.subtitle}</p>
        </div>
        <Button size="sm" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </Button>
      </div>
      <div className="card-body portfolio-chart-body">
        {asTable ? (
          <div className="table-scroll portfolio-chart-table">{props.table()}</div>
        ) : (
          <>
            {props.legend}
            {props.chart}
          </>
        )}
      </div>
    </section>
  );
}

/** A legend entry: a swatch in a CSS colour and its label. */
export function LegendItem(props: { color: string; label: string; shape?: 'dot' | 'bar' }) {
  return (
    <li>
      <span
        className={`portfolio-swatch${props.shape === 'dot' ? ' portfolio-swatch-dot' : ''}`}
        style={{ background: props.color }}
      />
      {props.label}
    </li>
  );
}
