import { Trash2 } from 'lucide-react';
import { toast } from 'sonner';
import type { SupervisionLog } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { formatDate, formatNumber, formatPercent } from '../../components/format';
import { deleteSupervisionLog, restoreDeleted } from '../../db';

/** The supervision logs behind the correction rate, newest first; a wrong one can be deleted (with undo). */
export function SupervisionLogTable(props: {
  logs: readonly SupervisionLog[];
  /** Where each log's assignment works: the pilot's name. */
  whereOf: (log: SupervisionLog) => string;
}) {
  const db = useDb();
  const logs = [...props.logs].sort((a, b) => b.periodStart.localeCompare(a.periodStart));

  async function remove(log: SupervisionLog) {
    try {
      const token = await deleteSupervisionLog(db, log.id);
      toast.success(token.label, {
        action: {
          label: 'Undo',
          onClick: () => {
            void restoreDeleted(db, token).then(() => toast.success('Supervision log restored'));
          },
        },
        duration: 10_000,
      });
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  if (logs.length === 0) return null;
  return (
    <div className="table-scroll log-table-scroll">
      <table className="data-table plain-head" aria-label="Supervision logs">
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Pilot</th>
            <th scope="col" className="num">
              Reviewed
            </th>
            <th scope="col" className="num">
              Corrected
            </th>
            <th scope="col" className="num">
              Hours
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {logs.map((log) => {
            const period = `${formatDate(log.periodStart)} – ${formatDate(log.periodEnd)}`;
            return (
              <tr key={log.id}>
                <td className="nowrap">{period}</td>
                <td>{props.whereOf(log)}</td>
                <td className="num">{formatNumber(log.itemsReviewed)}</td>
                <td className="num">
                  {formatNumber(log.itemsCorrected)}
                  {log.itemsReviewed > 0 && (
                    <span className="muted">
                      {' '}
                      ({formatPercent(log.itemsCorrected / log.itemsReviewed)})
                    </span>
                  )}
                </td>
                <td className="num">{formatNumber(log.hoursSpent, 2)}</td>
                <td>
                  <div className="row-actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      iconOnly
                      title="Delete"
                      aria-label={`Delete the log for ${period} in ${props.whereOf(log)}`}
                      onClick={() => void remove(log)}
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
  );
}
