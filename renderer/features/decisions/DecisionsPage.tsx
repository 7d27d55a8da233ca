import { Gavel } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function DecisionsPage() {
  return (
    <div className="page-inner">
      <PageHeader
        title="Decisions"
        description="Every expand, continue, pivot and stop decision across the portfolio."
      />
      <div className="card">
        <EmptyState icon={<Gavel />} title="No decisions yet">
          Decisions are recorded on a pilot’s page, with the evidence and the app’s recommendation
          frozen at that moment. They arrive with outcome tracking.
        </EmptyState>
      </div>
    </div>
  );
}
