import { Sheet } from 'lucide-react';
import { todayIso } from '@shared/dates';
import { safeFileStem } from '@shared/formats/fileNames';
import { MAX_WORKBOOK_MEASUREMENTS, measurementsLeftOut } from '@shared/reports/workbook';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { formatNumber } from '../../components/format';
import { readPortfolioData } from '../../db';
import { writeWorkbookFile } from '../../workers/workbookClient';
import { ExportProgress } from './ExportProgress';
import { useFileExport } from './useFileExport';

const XLSX_FILTERS = [{ name: 'Excel workbook', extensions: ['xlsx'] }];

/** "Excel workbook": every table on its own typed sheet, built in a worker with a row count. */
export function WorkbookCard() {
  const db = useDb();
  const workbookExport = useFileExport('workbook');

  function exportWorkbook() {
    void workbookExport.run(async (report) => {
      report({ label: 'Reading the portfolio', done: 0, total: null });
      const data = await readPortfolioData(db);
      let rows = 0;
      const bytes = await writeWorkbookFile(data, (done, total) => {
        rows = total ?? done;
        report({ label: 'Writing rows', done, total });
      });
      const leftOut = measurementsLeftOut(data);
      return {
        name: `${safeFileStem(data.settings.name)}-workbook-${todayIso()}.xlsx`,
        filters: XLSX_FILTERS,
        bytes,
        saved: (path) => ({
          message: `Workbook of ${formatNumber(rows, 0)} rows saved to “${path}”`,
          description:
            leftOut > 0
              ? `Its ${formatNumber(leftOut, 0)} measurements are more than a sheet holds: export them with Export CSV → Measurements.`
              : undefined,
        }),
      };
    });
  }

  return (
    <section className="card" aria-labelledby="workbook-heading">
      <div className="card-header">
        <h2 id="workbook-heading">Excel workbook</h2>
      </div>
      <div className="card-body exchange-card-body">
        <p className="muted">
          Pilots, metrics, measurements, agents, assignments, supervision, people, decisions and
          lessons, one sheet each: dates as dates, money in the portfolio’s currency, header rows
          frozen and filterable. A million measurements take a minute or so; over{' '}
          {formatNumber(MAX_WORKBOOK_MEASUREMENTS, 0)} (a sheet’s limit) they go to the CSV export.
        </p>
        <ExportProgress progress={workbookExport.progress} />
        <div className="page-actions">
          <Button variant="primary" disabled={workbookExport.busy} onClick={exportWorkbook}>
            <Sheet size={16} aria-hidden="true" /> Export workbook
          </Button>
        </div>
      </div>
    </section>
  );
}
