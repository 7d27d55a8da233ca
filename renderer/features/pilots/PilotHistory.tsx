import { useLiveQuery } from 'dexie-react-hooks';
import { History } from 'lucide-react';
import { useDb } from '../../app/PortfolioContext';
import { EmptyState } from '../../components/EmptyState';
import { formatDateTime } from '../../components/format';

function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Every change to the pilot and what belongs to it, newest first. */
export function PilotHistory({ pilotId }: { pilotId: string }) {
  const db = useDb();
  const entries = useLiveQuery(
    () =>
      db.history
        .where('[pilotId+at]')
        .between([pilotId, ''], [pilotId, '\uffff'])
        .reverse()
        .limit(500)
        .toArray(),
    [db, pilotId],
  );
  if (!entries)
    return (
      <div className="loading" role="status">
        Loading history…
      </div>
    );
  if (entries.length === 0) {
    return (
      <EmptyState icon={<History />} title="No changes recorded yet">
        Every change to this pilot — and to its metrics, agents and decisions — is listed here.
      </EmptyState>
    );
  }
  return (
    <ol className="history-list" aria-label="Changes to this pilot, newest first">
      {entries.map((entry) => (
        <li key={entry.id} className="history-item">
          <time className="history-when" dateTime={entry.at}>
            {formatDateTime(entry.at)}
          </time>
          <div>
            <div>
              <strong>{entry.actor}</strong> · {entry.summary}
            </div>
            {entry.changes && Object.keys(entry.changes).length > 0 && (
              <ul className="history-changes">
                {Object.entries(entry.changes).map(([field, [before, after]]) => (
                  <li key={field}>
                    {field}: {describeValue(before)} → {describeValue(after)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
