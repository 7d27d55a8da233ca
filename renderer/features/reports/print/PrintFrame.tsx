import { ArrowLeft, FileDown } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { toast } from 'sonner';
import { printRoute, type PageSize, type PrintTarget } from '@shared/reports/printRoutes';
import { Button } from '../../../components/Button';
import { platform } from '../../../platform';
import { exportReportPdf } from '../exportPdf';
import './print.css';

/** Paper sizes in millimetres, for the on-screen preview and the printed page alike. */
const PAPER: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/**
 * A print page: on screen, a toolbar and the report on a sheet of the chosen paper; printed (or
 * rendered to PDF), the report alone, with the paper size and margins set for the printer.
 */
export function PrintFrame(props: { target: PrintTarget; title: string; children: ReactNode }) {
  const { target } = props;
  const navigate = useNavigate();
  const [exporting, setExporting] = useState(false);
  const paper = PAPER[target.pageSize];

  useEffect(() => {
    // Paper is white whatever the app's theme: the preview shows what will print.
    const root = document.documentElement;
    const theme = root.dataset.theme;
    root.dataset.theme = 'light';
    return () => {
      if (theme) root.dataset.theme = theme;
    };
  }, []);

  useEffect(() => {
    const previous = document.title;
    // The PDF takes its title from the page.
    document.title = props.title;
    return () => {
      document.title = previous;
    };
  }, [props.title]);

  async function exportPdf() {
    setExporting(true);
    try {
      if (platform.kind === 'browser') window.print();
      else {
        const result = await exportReportPdf(target, props.title);
        if (result.saved) toast.success('PDF saved');
      }
    } catch (error) {
      toast.error(`No PDF was made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setExporting(false);
    }
  }

  return (
    <div className="print-page" style={{ ['--paper-width' as string]: `${paper.width}mm` }}>
      <style>{`@page { size: ${target.pageSize}; margin: 12mm 12mm 14mm; }`}</style>
      <div className="print-toolbar" role="toolbar" aria-label="Report preview">
        <Link className="btn btn-ghost" to="/reports">
          <ArrowLeft size={16} aria-hidden="true" /> Back to reports
        </Link>
        <div className="print-toolbar-spacer" />
        <label className="print-size">
          Paper{' '}
          <select
            className="select"
            value={target.pageSize}
            onChange={(e) => {
              const pageSize = e.target.value as PageSize;
              void navigate(printRoute({ ...target, pageSize }).slice(1), { replace: true });
            }}
          >
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <Button variant="primary" disabled={exporting} onClick={() => void exportPdf()}>
          <FileDown size={16} aria-hidden="true" /> Export PDF
        </Button>
      </div>
      <main className="print-sheet">{props.children}</main>
    </div>
  );
}
