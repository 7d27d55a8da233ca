import { PageHeader } from '../../../components/PageHeader';

/** People ↔ agents ↔ pilots across the portfolio. */
export function OrchestrationMapPage() {
  return (
    <div className="page-inner">
      <PageHeader title="Orchestration map" />
    </div>
  );
}
