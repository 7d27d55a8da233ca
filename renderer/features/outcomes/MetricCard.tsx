import { ArrowDown, ArrowUp, BarChart3, Plus, Table2 } from 'lucide-react';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MetricSummary } from '@shared/domain';
import type { MeasurementSeries, Metric } from '@shared/model';
import { Button } from '../../components/Button';
import { CADENCE_LABELS } from './labels';
import { MeasurementTable } from './MeasurementTable';
import { MetricChart } from './MetricChart';
import { MetricMenu } from './MetricMenu';
import { MetricStats } from './MetricStats';
import { QuickMeasurementForm } from './QuickMeasurementForm';

function isTyping(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * One metric: what it measures, where it stands, the chart (or table), and quick entry of a
 * measurement. The card itself takes focus so M (or Enter) records a measurement from it.
 */
export function MetricCard(props: {
  metric: Metric;
  summary: MetricSummary;
  series: MeasurementSeries | undefined;
  currency: string;
  inLibrary: boolean;
  onEdit: () => void;
}) {
  const { metric, summary, series } = props;
  const titleId = useId();
  const hintId = useId();
  const cardRef = useRef<HTMLElement>(null);
  const [adding, setAdding] = useState(false);
  const [asTable, setAsTable] = useState(false);
  const outcome = metric.kind === 'outcome';

  const returnFocus = useRef(false);

  function closeForm() {
    returnFocus.current = true;
    setAdding(false);
  }

  // Back on the card, ready for the next M — in the same commit that removes the form. Focusing a
  // frame later (requestAnimationFrame) could land after the next M had opened the form again and
  // take the focus away from its value field.
  useLayoutEffect(() => {
    if (adding || !returnFocus.current) return;
    returnFocus.current = false;
    const card = cardRef.current;
    const active = document.activeElement;
    if (card && (active === null || active === document.body || card.contains(active))) {
      card.focus();
    }
  }, [adding]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys from portalled menus and dialogs bubble here through React; only the card's own count.
    if (!(event.target instanceof Node) || !event.currentTarget.contains(event.target)) return;
    if (isTyping(event.target)) return;
    const onCard = event.target === event.currentTarget;
    if (event.key === 'm' || event.key === 'M' || (onCard && event.key === 'Enter')) {
      event.preventDefault();
      setAdding(true);
    }
  }

  return (
    <article
      ref={cardRef}
      className={`card metric-card ${outcome ? 'metric-card-outcome' : 'metric-card-activity'}`}
      aria-labelledby={titleId}
      aria-describedby={hintId}
      aria-keyshortcuts="M"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <header className="metric-card-header">
        <div className="metric-card-title">
          <h3 id={titleId}>{metric.name}</h3>
          <p className="metric-meta">
            {metric.unit && <span>{metric.unit}</span>}
            <span className="metric-direction">
              {metric.direction === 'lower' ? (
                <ArrowDown size={13} aria-hidden="true" />
              ) : (
                <ArrowUp size={13} aria-hidden="true" />
              )}
              {metric.direction === 'lower' ? 'lower is better' : 'higher is better'}
            </span>
            <span>{CADENCE_LABELS[metric.cadence].toLowerCase()}</span>
            {props.inLibrary && <span className="metric-library-mark">from the library</span>}
          </p>
          <span id={hintId} className="visually-hidden">
            Press M to add a measurement.
          </span>
        </div>
        <div className="metric-card-actions">
          {/* Activity cards are narrower: short visible labels, the full ones as names. */}
          <Button
            size="sm"
            variant={outcome ? 'primary' : 'default'}
            onClick={() => setAdding(true)}
            aria-expanded={adding}
            aria-label="Add measurement"
            title="Add measurement (M)"
          >
            <Plus size={14} aria-hidden="true" /> {outcome ? 'Add measurement' : 'Add'}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            iconOnly={!outcome}
            aria-pressed={asTable}
            aria-label="Show as table"
            title={asTable ? 'Showing the table; press to show the chart' : 'Show as table'}
            onClick={() => setAsTable((t) => !t)}
          >
            {asTable ? (
              <BarChart3 size={14} aria-hidden="true" />
            ) : (
              <Table2 size={14} aria-hidden="true" />
            )}
            {outcome && 'Show as table'}
          </Button>
          <MetricMenu
            metric={metric}
            measurements={series?.days.length ?? 0}
            inLibrary={props.inLibrary}
            onEdit={props.onEdit}
          />
        </div>
      </header>

      {adding && <QuickMeasurementForm metric={metric} onDone={closeForm} onCancel={closeForm} />}

      <div className="metric-card-body">
        <MetricStats summary={summary} currency={props.currency} />
        <div className="metric-visual">
          {asTable ? (
            <MeasurementTable metric={metric} series={series} />
          ) : (
            <MetricChart metric={metric} series={series} height={outcome ? 230 : 150} />
          )}
        </div>
      </div>
    </article>
  );
}
