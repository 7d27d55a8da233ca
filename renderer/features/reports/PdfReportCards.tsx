import { useLiveQuery } from 'dexie-react-hooks';
import { Eye, FileDown } from 'lucide-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { toast } from 'sonner';
import {
  printRoute,
  PAGE_SIZES,
  type PageSize,
  type PrintTarget,
} from '@shared/reports/printRoutes';
import { useDb, usePortfolioSession } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { exportReportPdf } from './exportPdf';

function PaperField(props: { value: PageSize; onChange: (size: PageSize) => void }) {
  return (
    <Field label="Paper">
      <select
        className="select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as PageSize)}
      >
        {PAGE_SIZES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </Field>
  );
}

function usePdfActions() {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    preview: (target: PrintTarget) => void navigate(printRoute(target).slice(1)),
    async exportPdf(target: PrintTarget, title: string) {
      setBusy(true);
      try {
        const result = await exportReportPdf(target, title);
        if (result.saved) toast.success(`PDF of “${title}” saved`);
      } catch (error) {
        toast.error(`No PDF was made: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        setBusy(false);
      }
    },
  };
}

/** "Pilot one-pager": pick a pilot and paper, preview it, export it as PDF. */
export function OnePagerCard() {
  const db = useDb();
  const { entry } = usePortfolioSession();
  const [params] = useSearchParams();
  const pilots = useLiveQuery(
    async () => (await db.pilots.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    [db],
  );
  const [chosen, setChosen] = useState(params.get('pilot') ?? '');
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const actions = usePdfActions();
  const pilotId = chosen || pilots?.[0]?.id || '';
  const pilot = pilots?.find((p) => p.id === pilotId);
  const target: PrintTarget | null = pilot
    ? { report: 'pilot', portfolioId: entry.id, pilotId: pilot.id, pageSize }
    : null;

  return (
    <section className="card" aria-labelledby="one-pager-heading">
      <div className="card-header">
        <h2 id="one-pager-heading">Pilot one-pager</h2>
      </div>
      <div className="card-body exchange-card-body">
        <p className="muted">
          One pilot’s story on a page: recommendation and reasons, outcome charts, money, decisions,
          agents and lessons.
        </p>
        <div className="exchange-row">
          <Field label="Pilot">
            <select
              className="select"
              value={pilotId}
              disabled={!pilots || pilots.length === 0}
              onChange={(e) => setChosen(e.target.value)}
            >
              {(pilots ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
          <PaperField value={pageSize} onChange={setPageSize} />
        </div>
        <div className="page-actions">
          <Button disabled={!target} onClick={() => target && actions.preview(target)}>
            <Eye size={16} aria-hidden="true" /> Preview one-pager
          </Button>
          <Button
            variant="primary"
            disabled={!target || actions.busy}
            onClick={() => target && pilot && void actions.exportPdf(target, pilot.name)}
          >
            <FileDown size={16} aria-hidden="true" /> Export one-pager PDF
          </Button>
        </div>
      </div>
    </section>
  );
}

/** "Portfolio report": the dashboard's figures and charts and every pilot's standing, as PDF. */
export function PortfolioReportCard(props: { title: string }) {
  const { entry } = usePortfolioSession();
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const actions = usePdfActions();
  const target: PrintTarget = { report: 'portfolio', portfolioId: entry.id, pageSize };
  return (
    <section className="card" aria-labelledby="portfolio-report-heading">
      <div className="card-header">
        <h2 id="portfolio-report-heading">Portfolio report</h2>
      </div>
      <div className="card-body exchange-card-body">
        <p className="muted">
          Headline figures, the seven portfolio charts with their findings, and every pilot’s
          recommendation, value, cost and ROI.
        </p>
        <div className="exchange-row">
          <PaperField value={pageSize} onChange={setPageSize} />
        </div>
        <div className="page-actions">
          <Button onClick={() => actions.preview(target)}>
            <Eye size={16} aria-hidden="true" /> Preview report
          </Button>
          <Button
            variant="primary"
            disabled={actions.busy}
            onClick={() => void actions.exportPdf(target, props.title)}
          >
            <FileDown size={16} aria-hidden="true" /> Export report PDF
          </Button>
        </div>
      </div>
    </section>
  );
}
