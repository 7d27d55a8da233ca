import { FileText } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function ReportsPage() {
  return (
    <div className="page-inner">
      <PageHeader
        title="Reports"
        description="One-pagers, portfolio reports, decks and workbooks for the people who fund pilots."
      />
      <div className="card">
        <EmptyState icon={<FileText />} title="Reports are on the way">
          PDF one-pagers per pilot, a portfolio report, a PowerPoint deck with editable charts and
          an Excel workbook — branded for your client — arrive with the reporting release.
        </EmptyState>
      </div>
    </div>
  );
}
