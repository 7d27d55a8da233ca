import Dexie from 'dexie';
import { newId, nowIso } from '../../shared/ids';
import { z } from 'zod';
import { nonEmptyName, type PortfolioData } from '../../shared/model';
import { RecordNotFoundError } from './errors';
import { recordHistory } from './history';
import { loadPortfolioData, readPortfolioData } from './loadPortfolioData';
import {
  forgetPortfolioDatabase,
  getRegistry,
  openPortfolio,
  type PortfolioEntry,
} from './registryDatabase';
import { buildDefaultSettings, updateSettings } from './repositories/settings';
import { parseOrThrow } from './repositories/validation';

export {
  REGISTRY_DB_NAME,
  RegistryDatabase,
  getLastOpened,
  getLastOpenedId,
  getPortfolio,
  listPortfolios,
  openPortfolio,
  resetRegistryForTests,
  setLastOpened,
  type PortfolioEntry,
} from './registryDatabase';

const DB_NAME_PREFIX = 'pilot-portfolio-';
const nameSchema = z.object({ name: nonEmptyName });

export interface NewPortfolio {
  name: string;
  organisation?: string;
  currency?: string;
  /** A whole portfolio to start from (the sample, a restored backup); empty when absent. */
  data?: PortfolioData;
  /** The opening of the history entry when `data` is loaded: "Loaded the sample portfolio". */
  description?: string;
}

/**
 * Creates a portfolio: its own database holding its settings (or all of `data`) written in ONE
 * transaction, then its registry entry. If anything fails, the new database is removed again,
 * so no half-made portfolio is left behind.
 */
export async function createPortfolio(input: NewPortfolio): Promise<PortfolioEntry> {
  const { name } = parseOrThrow(nameSchema, 'Portfolio', { name: input.name });
  const id = newId();
  const entry: PortfolioEntry = {
    id,
    name,
    dbName: `${DB_NAME_PREFIX}${id}`,
    createdAt: nowIso(),
    lastOpenedAt: null,
  };
  const db = openPortfolio(entry);
  try {
    if (input.data) {
      const settings = {
        ...input.data.settings,
        name,
        ...(input.organisation !== undefined ? { organisation: input.organisation } : {}),
        ...(input.currency ? { currency: input.currency } : {}),
      };
      await loadPortfolioData(
        db,
        { ...input.data, settings },
        { description: input.description ?? `Loaded “${name}”` },
      );
    } else {
      const settings = buildDefaultSettings({ ...input, name });
      await db.transaction('rw', [db.settings, db.history], async () => {
        await db.settings.add(settings);
        await recordHistory(db, {
          action: 'create',
          entityType: 'portfolio',
          entityId: settings.id,
          pilotId: null,
          summary: `Created the portfolio “${name}”`,
          at: settings.createdAt,
        });
      });
    }
    await getRegistry().portfolios.add(entry);
    return entry;
  } catch (error) {
    forgetPortfolioDatabase(entry.dbName);
    await db.delete().catch(() => undefined);
    throw error;
  }
}

export async function renamePortfolio(id: string, name: string): Promise<PortfolioEntry> {
  const { name: clean } = parseOrThrow(nameSchema, 'Portfolio', { name });
  const entry = await getRegistry().portfolios.get(id);
  if (!entry) throw new RecordNotFoundError('portfolio', id);
  // The portfolio's own settings are the source of truth (a backup carries them); the registry
  // entry is a copy for the switcher, updated second.
  await updateSettings(openPortfolio(entry), { name: clean });
  const renamed = { ...entry, name: clean };
  await getRegistry().portfolios.put(renamed);
  return renamed;
}

/** What `restorePortfolio` needs to take a portfolio deletion back. */
export interface DeletedPortfolio {
  entry: PortfolioEntry;
  data: PortfolioData | null;
}

/**
 * Deletes a portfolio's database and its entry. Returns the portfolio's data as it was, read just
 * before, so the UI can offer undo (`restorePortfolio`).
 */
export async function deletePortfolio(id: string): Promise<DeletedPortfolio> {
  const reg = getRegistry();
  const entry = await reg.portfolios.get(id);
  if (!entry) throw new RecordNotFoundError('portfolio', id);
  const db = openPortfolio(entry);
  let data: PortfolioData | null = null;
  try {
    data = await readPortfolioData(db);
  } catch {
    // A database that cannot be read (newer schema, never initialised) is still deletable.
  }
  db.close();
  forgetPortfolioDatabase(entry.dbName);
  await Dexie.delete(entry.dbName);
  await reg.transaction('rw', [reg.portfolios, reg.meta], async () => {
    await reg.portfolios.delete(id);
    const last = await reg.meta.get('lastPortfolioId');
    if (last?.value === id) await reg.meta.delete('lastPortfolioId');
  });
  return { entry, data };
}

/** Undoes `deletePortfolio`: the same entry and database name, every record as it was. */
export async function restorePortfolio(deleted: DeletedPortfolio): Promise<PortfolioEntry> {
  if (!deleted.data) throw new Error('This portfolio could not be read before it was deleted.');
  const db = openPortfolio(deleted.entry);
  try {
    await loadPortfolioData(db, deleted.data, { description: 'Restored the deleted portfolio' });
    await getRegistry().portfolios.add(deleted.entry);
    return deleted.entry;
  } catch (error) {
    forgetPortfolioDatabase(deleted.entry.dbName);
    await db.delete().catch(() => undefined);
    throw error;
  }
}
