import type { PortfolioSettings } from '@shared/model';
import type { PortfolioDatabase } from '../../db/database';

/**
 * Each portfolio's settings as read at start-up, while the app's code loads: a page's first render
 * shows them (the portfolio's currency) rather than a default, for the moment until its own live
 * query has answered. Without it, the first screen's dollars turned into euros for a frame and back.
 */
const readEarly = new WeakMap<PortfolioDatabase, PortfolioSettings>();

/** Reads `db`'s settings for `settingsReadEarly`; settles (never rejects) once read. */
export async function readSettingsEarly(db: PortfolioDatabase): Promise<void> {
  const settings = await db.settings
    .toCollection()
    .first()
    .catch(() => undefined);
  if (settings) readEarly.set(db, settings);
}

/** The settings `readSettingsEarly` read for `db`, if it has and they are still the latest. */
export function settingsReadEarly(db: PortfolioDatabase): PortfolioSettings | undefined {
  return readEarly.get(db);
}

/**
 * Forgets the settings read at start-up once a live query has answered: from then on they may be
 * out of date (changed in Settings, or in another window), and a page mounted later waits for its
 * own query as any page did before.
 */
export function forgetSettingsReadEarly(db: PortfolioDatabase): void {
  readEarly.delete(db);
}
