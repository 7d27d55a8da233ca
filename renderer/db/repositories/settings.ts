import {
  defaultGateCriteria,
  portfolioSettingsSchema,
  type PortfolioSettings,
} from '../../../shared/model';
import type { PortfolioDatabase } from '../database';
import { RecordNotFoundError, StaleRecordError } from '../errors';
import { describeUpdate, diffFields, recordHistory } from '../history';
import { nextUpdatedAt } from '../timestamps';
import { newRecordMeta } from './recordMeta';
import type { UpdateOptions } from './recordUpdate';
import { definedOnly, parseOrThrow } from './validation';

export interface NewSettings {
  name: string;
  organisation?: string;
  currency?: string;
}

/** Settings for a new, empty portfolio; validated so a bad name or currency is refused up front. */
export function buildDefaultSettings(input: NewSettings): PortfolioSettings {
  return parseOrThrow(portfolioSettingsSchema, 'Portfolio settings', {
    ...newRecordMeta(),
    name: input.name,
    organisation: input.organisation ?? '',
    currency: input.currency || 'EUR',
    fiscalYearStartMonth: 1,
    supervisionHourlyCost: 60,
    supervisorDefaultCapacityHours: 4,
    gateCriteria: { ...defaultGateCriteria },
    branding: { logoDataUrl: null, accentColor: '#2457d6' },
  });
}

/** The portfolio's one settings record (undefined only in a database nothing was written to). */
export async function getSettings(db: PortfolioDatabase): Promise<PortfolioSettings | undefined> {
  return db.settings.toCollection().first();
}

export type SettingsPatch = Partial<Omit<PortfolioSettings, 'id' | 'createdAt' | 'updatedAt'>>;

export async function updateSettings(
  db: PortfolioDatabase,
  patch: SettingsPatch,
  options: UpdateOptions = {},
): Promise<PortfolioSettings> {
  return db.transaction('rw', [db.settings, db.history], async () => {
    const before = await getSettings(db);
    if (!before) throw new RecordNotFoundError('portfolio settings', 'settings');
    if (options.expectedUpdatedAt !== undefined && options.expectedUpdatedAt !== before.updatedAt) {
      throw new StaleRecordError(
        'portfolio settings',
        before.id,
        options.expectedUpdatedAt,
        before.updatedAt,
      );
    }
    const changes = definedOnly(patch);
    const candidate = parseOrThrow(portfolioSettingsSchema, 'Portfolio settings', {
      ...before,
      ...changes,
      id: before.id,
      createdAt: before.createdAt,
      updatedAt: before.updatedAt,
    });
    const diff = diffFields(before, candidate);
    if (Object.keys(diff).length === 0) return before;
    const after = { ...candidate, updatedAt: nextUpdatedAt(before.updatedAt) };
    await db.settings.put(after);
    // A logo is a large data URL: the history says it changed without storing both copies.
    if (diff['branding']) diff['branding'] = ['(previous branding)', '(new branding)'];
    await recordHistory(db, {
      action: 'update',
      entityType: 'settings',
      entityId: after.id,
      pilotId: null,
      summary: describeUpdate('portfolio', after.name, diff),
      changes: diff,
      at: after.updatedAt,
    });
    return after;
  });
}
