import * as Tooltip from '@radix-ui/react-tooltip';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { platform } from '../platform';
import { PilotsPage } from '../features/pilots/PilotsPage';
import { PortfolioPage } from '../features/portfolio/PortfolioPage';
import {
  AgentPage,
  AgentsPage,
  CommandPalette,
  DataPage,
  DecisionsPage,
  LessonsPage,
  OrchestrationMapPage,
  PeoplePage,
  PersonPage,
  PilotDialog,
  PilotPage,
  prefetchKeyboardDialogs,
  RecordDecisionDialog,
  ReportsPage,
  SettingsPage,
} from './lazyPages';
import { DataMenuCommands } from '../features/data/DataMenuCommands';
import { NotFoundPage } from './NotFoundPage';
import { ErrorBoundary } from './ErrorBoundary';
import { useGlobalShortcuts } from './shortcuts';
import { Sidebar } from './Sidebar';
import { Topbar } from './Topbar';
import { useUiStore } from './uiStore';
import { useLoadedOnce } from './useLoadedOnce';

export function Shell() {
  const setPaletteOpen = useUiStore((s) => s.setPaletteOpen);
  const openPilotDialog = useUiStore((s) => s.openPilotDialog);
  const location = useLocation();
  // Dialogs' code loads the first time they open, then stays mounted (the decision dialog goes
  // on to invite a lesson after it closes), keeping it out of the JavaScript of the first screen.
  const decisionDialogLoaded = useLoadedOnce(useUiStore((s) => s.decisionDialogPilotId !== null));
  const pilotDialogLoaded = useLoadedOnce(useUiStore((s) => s.pilotDialog !== null));
  const paletteWanted = useUiStore((s) => s.paletteOpen);
  const paletteLoaded = useLoadedOnce(paletteWanted);

  const handlers = useMemo(
    () => ({
      openPalette: () => setPaletteOpen(true),
      newPilot: () => openPilotDialog({ mode: 'create' }),
    }),
    [setPaletteOpen, openPilotDialog],
  );
  useGlobalShortcuts(handlers);
  // Once their code is here, the keyboard dialogs stay mounted (closed), so Ctrl+K and N open
  // them at once and no keystroke typed straight after is lost.
  const [keyboardDialogsReady, setKeyboardDialogsReady] = useState(false);
  useEffect(() => {
    let live = true;
    void prefetchKeyboardDialogs().then(() => live && setKeyboardDialogsReady(true));
    return () => {
      live = false;
    };
  }, []);

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
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to content
      </a>
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
      {(pilotDialogLoaded || keyboardDialogsReady) && (
        <Suspense fallback={null}>
          <PilotDialog />
        </Suspense>
      )}
      <DataMenuCommands />
      {decisionDialogLoaded && (
        <Suspense fallback={null}>
          <RecordDecisionDialog />
        </Suspense>
      )}
      {(paletteLoaded || keyboardDialogsReady) && (
        <Suspense fallback={null}>
          <CommandPalette />
        </Suspense>
      )}
    </Tooltip.Provider>
  );
}
