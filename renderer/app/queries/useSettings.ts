import { useLiveQuery } from 'dexie-react-hooks';
import type { PortfolioSettings } from '@shared/model';
import { useDb } from '../PortfolioContext';
import { settingsReadEarly } from './settingsReadEarly';

/**
 * The open portfolio's settings (live); until the live query answers, those start-up read, if
 * any; undefined while loading.
 */
export function useSettings(): PortfolioSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => db.settings.toCollection().first(), [db], settingsReadEarly(db));
}
