import { useLiveQuery } from 'dexie-react-hooks';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { todayIso } from '@shared/dates';
import { CSV_TABLES } from '@shared/formats/csvTables';
import { safeFileStem } from '@shared/formats/fileNames';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { readPortfolioData } from '../../db';
import { platform } from '../../platform';
import { writeCsvFile } from '../../workers/backupClient';

/** "Export CSV": one table at a time, as spreadsheets read it. */
export function ExportCsvCard() {
  const db = useDb();
  const [table, setTable] = useState('pilots');
  const [busy, setBusy] = useState(false);
  const counts = useLiveQuery(async () => {
    // Measurements are not counted: that would read every series again on every change.
    const [pilots, metrics, agents, assignments, logs, people, decisions, lessons, history] =
      await Promise.all([
        db.pilots.count(),
        db.metrics.count(),
        db.agents.count(),
        db.assignments.count(),
        db.supervisionLogs.count(),
        db.people.count(),
        db.decisions.count(),
        db.lessons.count(),
        db.history.count(),
      ]);
    return {
      pilots,
      metrics,
      agents,
      assignments,
      supervision: logs,
      people,
      decisions,
      lessons,
      history,
    } as Record<string, number>;
  }, [db]);

  async function exportTable() {
    const chosen = CSV_TABLES.find((t) => t.key === table);
    if (!chosen) return;
    setBusy(true);
    const id = toast.loading(`Exporting ${chosen.label.toLowerCase()}…`);
    try {
      const data = await readPortfolioData(db);
      const bytes = await writeCsvFile(data, chosen.key);
      const name = `${safeFileStem(data.settings.name)}-${chosen.key}-${todayIso()}.csv`;
      const saved = await platform.saveFile(name, [{ name: 'CSV', extensions: ['csv'] }], bytes);
      if (saved.saved) {
        toast.success(`Exported ${chosen.count(data).toLocaleString()} rows to “${saved.path}”`, {
          id,
        });
      } else toast.dismiss(id);
    } catch (error) {
      toast.error(`The export failed: ${error instanceof Error ? error.message : String(error)}`, {
        id,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="export-csv-heading">
      <div className="card-header">
        <h2 id="export-csv-heading">Export CSV</h2>
      </div>
      <div className="card-body exchange-card-body">
        <p className="muted">
          One table as a CSV file for a spreadsheet: UTF-8, and text that looks like a formula is
          kept as text. Measurements use the same columns the import reads.
        </p>
        <div className="exchange-row">
          <Field label="Table">
            <select className="select" value={table} onChange={(e) => setTable(e.target.value)}>
              {CSV_TABLES.map((t) => (
                <option key={t.key} value={t.key}>
                  {t.label}
                  {counts?.[t.key] !== undefined ? ` (${counts[t.key]?.toLocaleString()})` : ''}
                </option>
              ))}
            </select>
          </Field>
          <Button onClick={() => void exportTable()} disabled={busy}>
            <Download size={16} aria-hidden="true" /> Export CSV
          </Button>
        </div>
      </div>
    </section>
  );
}
