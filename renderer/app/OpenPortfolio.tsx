import { Suspense, useEffect, useMemo, useState } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import type { PortfolioDatabase } from '../db/database';
import { openPortfolio, type PortfolioEntry } from '../db/registryDatabase';
import { PortfolioSessionContext, type PortfolioSession } from './PortfolioContext';
import { PrintRoutes } from './lazyPages';
import { Shell } from './Shell';

type OpenState =
  | { status: 'opening' }
  | { status: 'open'; db: PortfolioDatabase }
  | { status: 'failed'; message: string };

/** Opens one portfolio's database and, once it is open, the app around it. */
export function OpenPortfolio(props: {
  entry: PortfolioEntry;
  portfolios: PortfolioEntry[];
  switchTo: (id: string) => void;
  showWelcome: () => void;
}) {
  const { entry } = props;
  // Usually already open (startup.ts began opening it): then the app renders at once.
  const [state, setState] = useState<OpenState>(() => {
    const db = openPortfolio(entry);
    return db.isOpen() ? { status: 'open', db } : { status: 'opening' };
  });

  useEffect(() => {
    let cancelled = false;
    const db = openPortfolio(entry);
    db.open().then(
      () =>
        !cancelled &&
        setState((prev) =>
          prev.status === 'open' && prev.db === db ? prev : { status: 'open', db },
        ),
      (error: unknown) =>
        !cancelled &&
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [entry]);

  const session = useMemo<PortfolioSession | null>(
    () =>
      state.status === 'open'
        ? {
            portfolios: props.portfolios,
            entry,
            db: state.db,
            switchTo: props.switchTo,
            showWelcome: props.showWelcome,
          }
        : null,
    [state, props.portfolios, entry, props.switchTo, props.showWelcome],
  );

  if (state.status === 'failed') {
    return (
      <div className="error-screen card" role="alert">
        <h1>“{entry.name}” could not be opened</h1>
        <p>{state.message}</p>
        <div className="page-actions">
          <button className="btn btn-primary" type="button" onClick={props.showWelcome}>
            Choose another portfolio
          </button>
        </div>
      </div>
    );
  }
  if (!session) {
    return (
      <div className="loading" role="status">
        Opening “{entry.name}”…
      </div>
    );
  }
  return (
    <PortfolioSessionContext.Provider value={session}>
      <HashRouter>
        <Routes>
          {/* Print pages are paper: no sidebar, no top bar, nothing but the report. */}
          <Route
            path="/print/*"
            element={
              <Suspense
                fallback={
                  <div className="loading" role="status">
                    Preparing the report…
                  </div>
                }
              >
                <PrintRoutes />
              </Suspense>
            }
          />
          <Route path="*" element={<Shell />} />
        </Routes>
      </HashRouter>
    </PortfolioSessionContext.Provider>
  );
}
