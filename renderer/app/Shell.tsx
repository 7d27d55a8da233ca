import * as Tooltip from '@radix-ui/react-tooltip';
import { Suspense, useEffect, useMemo } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { platform } from '../platform';
import { PilotsPage } from '../features/pilots/PilotsPage';
import { PortfolioPage } from '../features/portfolio/PortfolioPage';
import {
  AgentPage,
  AgentsPage,
  DataPage,
  DecisionsPage,
  LessonsPage,
  OrchestrationMapPage,
  PeoplePage,
  PersonPage,
  PilotPage,
  RecordDecisionDialog,
  ReportsPage,
  SettingsPage,
} from './lazyPages';
import { DataMenuCommands } from '../features/data/DataMenuCommands';
import { PilotDialog } from '../features/pilots/PilotDialog';
import { CommandPalette } from './CommandPalette';
import { NotFoundPage } from './NotFoundPage';
import { ErrorBoundary } from './ErrorBoundary';
import { useGlobalShortcuts } from './shortcuts';
import { SkipLink } from './shellParts';
import { Sidebar } from './Sidebar';
import { Topbar } from './Topbar';
import { useUiStore } from './uiStore';
import { useLoadedOnce } from './useLoadedOnce';

export function Shell() {
  const setPaletteOpen = useUiStore((s) => s.setPaletteOpen);
  const openPilotDialog = useUiStore((s) => s.openPilotDialog);
  const location = useLocation();
  // The decision dialog's code loads the first time it opens, then stays mounted (it goes on to
  // invite a lesson after it closes). The palette and the pilot dialog are opened by keyboard and
  // typed into at once, so they are always mounted: no keystroke may land before they exist.
  const decisionDialogLoaded = useLoadedOnce(useUiStore((s) => s.decisionDialogPilotId !== null));

  const handlers = useMemo(
    () => ({
      openPalette: () => setPaletteOpen(true),
      newPilot: () => openPilotDialog({ mode: 'create' }),
    }),
    [setPaletteOpen, openPilotDialog],
  );
  useGlobalShortcuts(handlers);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'new-pilot') handlers.newPilot();
        if (command === 'command-palette') handlers.openPalette();
      }),
    [handlers],
  );

  return (
    <Tooltip.Provider delayDuration={300}>
      <SkipLink />
      <div className="app-shell">
        <Sidebar />
        <div className="main-column">
          <Topbar />
          <main className="page" id="main-content" tabIndex={-1}>
            <ErrorBoundary resetKey={location.pathname}>
              <Suspense
                fallback={
                  <div className="loading" role="status">
                    Loading…
                  </div>
                }
              >
                <Routes>
                  <Route path="/" element={<PortfolioPage />} />
                  <Route path="/pilots" element={<PilotsPage />} />
                  <Route path="/pilots/:pilotId" element={<PilotPage />} />
                  <Route path="/pilots/:pilotId/:tab" element={<PilotPage />} />
                  <Route path="/agents" element={<AgentsPage />} />
                  <Route path="/agents/:agentId" element={<AgentPage />} />
                  <Route path="/orchestration" element={<OrchestrationMapPage />} />
                  <Route path="/people" element={<PeoplePage />} />
                  <Route path="/people/:personId" element={<PersonPage />} />
                  <Route path="/decisions" element={<DecisionsPage />} />
                  <Route path="/lessons" element={<LessonsPage />} />
                  <Route path="/reports" element={<ReportsPage />} />
                  <Route path="/data" element={<DataPage />} />
                  <Route path="/settings" element={<SettingsPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              </Suspense>
            </ErrorBoundary>
          </main>
        </div>
      </div>
      <PilotDialog />
      <DataMenuCommands />
      {decisionDialogLoaded && (
        <Suspense fallback={null}>
          <RecordDecisionDialog />
        </Suspense>
      )}
      <CommandPalette />
    </Tooltip.Provider>
  );
}
