import { ArchiveRestore, FileSpreadsheet, GitMerge, HardDriveDownload } from 'lucide-react';
import { useEffect } from 'react';
import { usePortfolioSession } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { useDataCommands } from './dataCommands';
import { ExportCsvCard } from './ExportCsvCard';
import { useBackup } from './useBackup';
import { useImportFlow } from './useImportFlow';
import { useMergeFlow } from './useMergeFlow';
import { useRestoreFlow } from './useRestoreFlow';

/** Route #/data: back up, restore, merge, import measurements and export CSV. */
export function DataPage() {
  const { entry } = usePortfolioSession();
  const { backUp, busy } = useBackup();
  const restore = useRestoreFlow();
  const merge = useMergeFlow();
  const importFlow = useImportFlow();
  const pending = useDataCommands((s) => s.pending);
  const take = useDataCommands((s) => s.take);

  // A File-menu command that brought the person here runs once the page is up.
  useEffect(() => {
    if (!pending) return;
    const command = take();
    if (command === 'backup') void backUp();
    if (command === 'restore') void restore.start();
    if (command === 'merge') void merge.start();
    if (command === 'import') void importFlow.start();
    if (command === 'export') document.getElementById('export-csv-heading')?.scrollIntoView();
  }, [pending, take, backUp, restore, merge, importFlow]);

  return (
    <div className="page-inner exchange-page">
      <PageHeader
        title="Data"
        description={`Back up “${entry.name}”, restore it, merge a colleague’s copy, and move measurements in and out.`}
      />
      <div className="exchange-grid">
        <section className="card" aria-labelledby="backup-heading">
          <div className="card-header">
            <h2 id="backup-heading">Backup and restore</h2>
          </div>
          <div className="card-body exchange-card-body">
            <p className="muted">
              The whole portfolio — every record, measurement and history entry — in one file.
              Restoring checks all of it first and shows what it will replace before anything
              changes.
            </p>
            <div className="page-actions">
              <Button variant="primary" onClick={() => void backUp()} disabled={busy}>
                <HardDriveDownload size={16} aria-hidden="true" /> Back up
              </Button>
              <Button onClick={() => void restore.start()}>
                <ArchiveRestore size={16} aria-hidden="true" /> Restore…
              </Button>
            </div>
          </div>
        </section>
        <section className="card" aria-labelledby="merge-heading">
          <div className="card-header">
            <h2 id="merge-heading">Merge a colleague’s portfolio</h2>
          </div>
          <div className="card-body exchange-card-body">
            <p className="muted">
              Bring in a backup file from someone who worked on a copy: new records are added, and
              where the same record differs you choose which to keep. Nothing is deleted.
            </p>
            <div className="page-actions">
              <Button onClick={() => void merge.start()}>
                <GitMerge size={16} aria-hidden="true" /> Merge…
              </Button>
            </div>
          </div>
        </section>
        <section className="card" aria-labelledby="import-heading">
          <div className="card-header">
            <h2 id="import-heading">Import measurements</h2>
          </div>
          <div className="card-body exchange-card-body">
            <p className="muted">
              A CSV with a pilot, metric, date and value per row (and a note, if you like) — up to
              two million rows. Every row is checked first: one bad row and nothing is imported,
              with the row named.
            </p>
            <div className="page-actions">
              <Button onClick={() => void importFlow.start()}>
                <FileSpreadsheet size={16} aria-hidden="true" /> Import CSV…
              </Button>
            </div>
          </div>
        </section>
        <ExportCsvCard />
      </div>
      {restore.dialog}
      {merge.dialog}
      {importFlow.dialog}
    </div>
  );
}
