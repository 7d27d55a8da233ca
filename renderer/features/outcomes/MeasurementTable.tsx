import { ChevronLeft, ChevronRight, Pencil, Trash2 } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { toast } from 'sonner';
import { dayToIso } from '@shared/dates';
import type { Measurement, MeasurementSeries, Metric } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { formatDate, formatNumber } from '../../components/format';
import { deleteMeasurement, restoreDeleted } from '../../db';
import { EditMeasurementDialog } from './EditMeasurementDialog';

const PAGE_SIZE = 20;

/** One page of the series as rows, newest first — built per page, never for the whole series. */
function pageRows(series: MeasurementSeries | undefined, page: number): Measurement[] {
  if (!series) return [];
  const rows: Measurement[] = [];
  const newest = series.days.length - 1 - page * PAGE_SIZE;
  for (let i = newest; i > newest - PAGE_SIZE && i >= 0; i -= 1) {
    const day = series.days[i] as number;
    const row: Measurement = {
      metricId: series.metricId,
      date: dayToIso(day),
      value: series.values[i] as number,
    };
    const note = series.notes[String(day)];
    if (note !== undefined) row.note = note;
    rows.push(row);
  }
  return rows;
}

/**
 * Every measurement of a metric as an accessible table — the chart's data, readable without the
 * chart — with edit and delete (undoable) per row. Paged, so 100,000 measurements cost 20 rows.
 */
export function MeasurementTable(props: {
  metric: Pick<Metric, 'id' | 'name' | 'unit'>;
  series: MeasurementSeries | undefined;
}) {
  const { metric, series } = props;
  const db = useDb();
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Measurement | null>(null);
  const captionRef = useRef<HTMLTableCaptionElement>(null);
  const count = series?.days.length ?? 0;
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = useMemo(() => pageRows(series, current), [series, current]);

  async function remove(row: Measurement) {
    try {
      const token = await deleteMeasurement(db, metric.id, row.date);
      captionRef.current?.focus();
      toast.success(token.label, {
        action: {
          label: 'Undo',
          onClick: () => {
            void restoreDeleted(db, token).then(({ restored }) => {
              if (restored > 0) toast.success(`Restored the ${formatDate(row.date)} measurement`);
              else toast.info('Nothing to restore: a value was entered for that day since.');
            });
          },
        },
        duration: 10_000,
      });
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  if (count === 0) {
    return <p className="metric-table-empty">No measurements yet.</p>;
  }

  const from = current * PAGE_SIZE + 1;
  const to = Math.min(count, from + PAGE_SIZE - 1);
  const unit = metric.unit ? ` (${metric.unit})` : '';

  return (
    <div className="metric-table">
      <div className="table-scroll">
        <table className="data-table">
          <caption ref={captionRef} tabIndex={-1} className="metric-table-caption">
            {metric.name}: {formatNumber(count, 0)} measurement{count === 1 ? '' : 's'}, newest
            first
            {pages > 1 ? ` — ${formatNumber(from, 0)} to ${formatNumber(to, 0)} shown` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="th-label">Date</span>
              </th>
              <th scope="col" className="num">
                <span className="th-label">Value{unit}</span>
              </th>
              <th scope="col">
                <span className="th-label">Note</span>
              </th>
              <th scope="col" className="num">
                <span className="th-label">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const when = formatDate(row.date);
              return (
                <tr key={row.date}>
                  <td>{when}</td>
                  <td className="num">{formatNumber(row.value)}</td>
                  <td className="metric-table-note">{row.note ?? ''}</td>
                  <td className="num">
                    <div className="row-actions">
                      <Button
                        size="sm"
                        variant="ghost"
                        iconOnly
                        aria-label={`Edit the ${when} measurement`}
                        title="Edit"
                        onClick={() => setEditing(row)}
                      >
                        <Pencil size={14} aria-hidden="true" />
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        iconOnly
                        aria-label={`Delete the ${when} measurement`}
                        title="Delete (undo from the notice)"
                        onClick={() => void remove(row)}
                      >
                        <Trash2 size={14} aria-hidden="true" />
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="metric-table-pager" aria-label={`Pages of ${metric.name} measurements`}>
          <Button size="sm" disabled={current === 0} onClick={() => setPage(current - 1)}>
            <ChevronLeft size={14} aria-hidden="true" /> Newer
          </Button>
          <span>
            Page {formatNumber(current + 1, 0)} of {formatNumber(pages, 0)}
          </span>
          <Button size="sm" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Older <ChevronRight size={14} aria-hidden="true" />
          </Button>
        </nav>
      )}
      <EditMeasurementDialog
        metric={metric}
        measurement={editing}
        onClose={() => setEditing(null)}
      />
    </div>
  );
}
