import type { PortfolioSettings } from '@shared/model';
import { useLiveQueryReadEarly } from './earlyRead';
import { settingsEarly } from './settingsReadEarly';

/**
 * The open portfolio's settings (live); until the live query answers, those start-up read (the
 * first render's only: forgotten once any live query has answered); undefined while loading.
 */
export function useSettings(): PortfolioSettings | undefined {
  return useLiveQueryReadEarly(settingsEarly);
}
