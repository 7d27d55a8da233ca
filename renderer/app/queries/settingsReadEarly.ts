import type { PortfolioSettings } from '@shared/model';
import type { PortfolioDatabase } from '../../db/database';
import { earlyRead } from './earlyRead';

/**
 * Each portfolio's settings as read at start-up, while the app's code loads: a page's first render
 * shows them (the portfolio's currency) rather than a default, for the moment until its own live
 * query has answered. Without it, the first screen's dollars turned into euros for a frame and back.
 */
export const settingsEarly = earlyRead<PortfolioSettings>((db) =>
  db.settings.toCollection().first(),
);

/** Reads `db`'s settings for `useSettings`; settles (never rejects) once read. */
export const readSettingsEarly = (db: PortfolioDatabase): Promise<void> => settingsEarly.read(db);
