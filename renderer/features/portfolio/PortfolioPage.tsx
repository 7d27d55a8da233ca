import { Plus, Rocket } from 'lucide-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useDb, usePortfolioSession } from '../../app/PortfolioContext';
import { usePilotCount } from '../../app/queries/pilotCount';
import { useSettings } from '../../app/queries/useSettings';
import { useUiStore } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { prefetchAggregate } from './aggregatePrefetch';
import { loadDashboard, loadedDashboard } from './dashboardModule';

// The charts (Recharts) load with the dashboard, not before the first screen, but as soon as this
// page shows (or the app starts on it): not after its first queries have answered.
const LazyDashboard = lazy(() => loadDashboard().then((m) => ({ default: m.PortfolioDashboard })));

function Loading() {
  return (
    <div className="loading" role="status">
      Loading portfolio…
    </div>
  );
}

/** The executive view: headline tiles, charts that state their finding, reviews due. */
export function PortfolioPage() {
  const db = useDb();
  const { entry } = usePortfolioSession();
  const settings = useSettings();
  const pilotCount = usePilotCount();
  const openPilotDialog = useUiStore((s) => s.openPilotDialog);
  // Already loaded (the app started here), the dashboard is drawn at once: a lazy component
  // suspends on its first render even then, and React holds a boundary's content back for up to
  // 300 ms after its fallback showed. Chosen once: switching would remount the dashboard.
  const [PortfolioDashboard] = useState(
    () => loadedDashboard()?.PortfolioDashboard ?? LazyDashboard,
  );
  useEffect(() => {
    // A failed download is reported where the dashboard renders (the lazy component rethrows it).
    loadDashboard().catch(() => undefined);
    return prefetchAggregate(db.name);
  }, [db]);

  if (pilotCount === undefined || !settings) return <Loading />;
  const title = settings.name || entry.name;
  const description = settings.organisation
    ? `${settings.organisation} · AI pilot portfolio`
    : 'AI pilot portfolio';
  if (pilotCount > 0) {
    // The dashboard draws its own header: its actions (saved views, Present) belong to it.
    return (
      <div className="page-inner">
        <Suspense fallback={<Loading />}>
          <PortfolioDashboard title={title} description={description} />
        </Suspense>
      </div>
    );
  }
  return (
    <div className="page-inner">
      <PageHeader title={title} description={description} />
      <div className="card">
        <EmptyState
          icon={<Rocket />}
          title="Your portfolio is empty"
          actions={
            <Button variant="primary" onClick={() => openPilotDialog({ mode: 'create' })}>
              <Plus size={16} aria-hidden="true" /> New pilot
            </Button>
          }
        >
          Register the AI pilots your organisation runs. Once they have outcomes and measurements,
          this page charts which ones earned more resources.
        </EmptyState>
      </div>
    </div>
  );
}
