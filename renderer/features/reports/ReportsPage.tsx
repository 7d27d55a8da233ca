import { Palette } from 'lucide-react';
import { Link } from 'react-router';
import { useSettings } from '../../app/queries/useSettings';
import { PageHeader } from '../../components/PageHeader';
import { ExportCsvCard } from '../data/ExportCsvCard';
import { DeckCard } from './DeckCard';
import { OnePagerCard, PortfolioReportCard } from './PdfReportCards';
import { WorkbookCard } from './WorkbookCard';
import './reports.css';

/** Every file the portfolio leaves as: PDFs, a deck, a workbook, CSVs — branded from Settings. */
export function ReportsPage() {
  const settings = useSettings();
  if (!settings) {
    return (
      <div className="loading" role="status">
        Loading reports…
      </div>
    );
  }
  const { branding, organisation } = settings;
  return (
    <div className="page-inner exchange-page">
      <PageHeader
        title="Reports"
        description="One-pagers, portfolio reports, decks and workbooks for the people who fund pilots."
      />
      <div className="reports-branding card" role="group" aria-label="Branding">
        <span className="reports-branding-swatch" style={{ background: branding.accentColor }} />
        {branding.logoDataUrl && (
          <img className="reports-branding-logo" src={branding.logoDataUrl} alt="Report logo" />
        )}
        <span>
          Branded for <strong>{organisation || settings.name}</strong>, accent{' '}
          <code>{branding.accentColor}</code>
          {branding.logoDataUrl ? ', with logo' : ', no logo'}.
        </span>
        <Link className="btn btn-ghost btn-sm" to="/settings#branding-heading">
          <Palette size={14} aria-hidden="true" /> Change branding
        </Link>
      </div>
      <div className="reports-grid">
        <OnePagerCard />
        <PortfolioReportCard title={settings.name} />
        <DeckCard settings={settings} />
        <WorkbookCard />
        <ExportCsvCard />
      </div>
    </div>
  );
}
