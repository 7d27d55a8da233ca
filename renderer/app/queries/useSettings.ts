import { useLiveQuery } from 'dexie-react-hooks';
import type { PortfolioSettings } from '@shared/model';
import { useDb } from '../PortfolioContext';

/** The open portfolio's settings (live); undefined while loading. */
export function useSettings(): PortfolioSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => db.settings.toCollection().first(), [db]);
}
