import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { PortfolioSettings } from '@shared/model';
import { useDb } from '../PortfolioContext';
import { forgetSettingsReadEarly, settingsReadEarly } from './settingsReadEarly';

/**
 * The open portfolio's settings (live); until the live query answers, those start-up read (the
 * first render's only: forgotten once any live query has answered); undefined while loading.
 */
export function useSettings(): PortfolioSettings | undefined {
  const db = useDb();
  const live = useLiveQuery(() => db.settings.toCollection().first(), [db]);
  useEffect(() => {
    if (live) forgetSettingsReadEarly(db);
  }, [db, live]);
  return live ?? settingsReadEarly(db);
}
