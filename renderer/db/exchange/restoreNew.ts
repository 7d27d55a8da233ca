import type { PortfolioData } from '@shared/model';
import { createPortfolio, deletePortfolio, openPortfolio, type PortfolioEntry } from '../registry';
import { replacePortfolioData } from './replacePortfolio';

/**
 * Restores a backup as a NEW portfolio (first run, or "restore as a copy"): the portfolio is
 * registered under the backup's name, then filled with the backup exactly as it is (see
 * replacePortfolioData). If filling fails, the new portfolio is deleted again, so a failed
 * restore leaves nothing behind.
 */
export async function restoreIntoNewPortfolio(data: PortfolioData): Promise<PortfolioEntry> {
  const entry = await createPortfolio({
    name: data.settings.name,
    organisation: data.settings.organisation,
    currency: data.settings.currency,
  });
  try {
    const db = openPortfolio(entry);
    await db.open();
    await replacePortfolioData(db, data);
    return entry;
  } catch (error) {
    await deletePortfolio(entry.id).catch(() => undefined);
    throw error;
  }
}
