import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Toaster } from 'sonner';
import { listPortfolios, setLastOpened } from '../db/registryDatabase';
import { ErrorBoundary } from './ErrorBoundary';
import { FirstRun } from './FirstRun';
import { OpenPortfolio } from './OpenPortfolio';
import { lastOpenedId, lastOpenedIdIfKnown, takeEarlyPortfoliosQuery } from './startup';
import { useApplyTheme } from './useTheme';
import { useUiStore } from './uiStore';

export function App() {
  useApplyTheme();
  const theme = useUiStore((s) => s.theme);
  // The live query start-up began (see startup.ts), else a new one.
  const portfolios = useObservable(
    () => takeEarlyPortfoliosQuery() ?? liveQuery(() => listPortfolios()),
    [],
  );
  // undefined while the last-opened id is being read; null when none is chosen.
  const [currentId, setCurrentId] = useState<string | null | undefined>(lastOpenedIdIfKnown);

  useEffect(() => {
    void lastOpenedId().then((id) => setCurrentId(id));
  }, []);

  const switchTo = useCallback((id: string) => {
    void setLastOpened(id).then(() => setCurrentId(id));
  }, []);
  const showWelcome = useCallback(() => setCurrentId(null), []);

  const entry = useMemo(
    () => portfolios?.find((p) => p.id === currentId) ?? null,
    [portfolios, currentId],
  );

  let content;
  if (portfolios === undefined || currentId === undefined) {
    content = (
      <div className="loading" role="status">
        Opening your portfolios…
      </div>
    );
  } else if (!entry) {
    content = <FirstRun portfolios={portfolios} onOpen={switchTo} />;
  } else {
    content = (
      <OpenPortfolio
        key={entry.id}
        entry={entry}
        portfolios={portfolios}
        switchTo={switchTo}
        showWelcome={showWelcome}
      />
    );
  }

  return (
    <ErrorBoundary>
      {content}
      <Toaster
        position="bottom-right"
        theme={theme}
        closeButton
        toastOptions={{ duration: 6000 }}
      />
    </ErrorBoundary>
  );
}
