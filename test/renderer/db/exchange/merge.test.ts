import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoToDay } from '../../../../shared/dates';
import { parseBackup, serializeBackup } from '../../../../shared/formats/backup';
import {
  allChoices,
  conflictKeys,
  newerChoices,
  planMerge,
  resolveMerge,
} from '../../../../shared/formats/merge';
import { newId } from '../../../../shared/ids';
import type { PortfolioData } from '../../../../shared/model';
import {
  loadPortfolioData,
  readPortfolioData,
  updatePilot,
  type PortfolioDatabase,
} from '../../../../renderer/db';
import { MergeOutdatedError, applyMerge } from '../../../../renderer/db/exchange';
import { buildSmallPortfolio, deleteOpenedDatabases, emptyDatabase } from '../fixtures';
import { readRawDatabase } from '../migrationHarness';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteOpenedDatabases();
});

const META = { appVersion: '0.1.0', createdAt: '2026-11-29T10:00:00.000Z' };
const clone = (data: PortfolioData): PortfolioData => parseBackup(serializeBackup(data, META)).data;

const LATER = '2026-03-01T00:00:00.000Z';
const EARLIER = '2026-02-01T00:00:00.000Z';

/**
 * A portfolio both colleagues started from; then each changed it. Ours renamed the lesson
 * (later); theirs renamed pilot A (later) and the lesson (earlier), added pilot C, recorded one
 * more cycle-time value and corrected another.
 */
function scenario() {
  const base = buildSmallPortfolio();
  const ours = clone(base);
  ours.lessons[0] = { ...ours.lessons[0]!, title: 'Label 300 invoices first', updatedAt: LATER };
  const theirs = clone(base);
  const a = theirs.pilots.findIndex((p) => p.name === 'Invoice triage');
  theirs.pilots[a] = { ...theirs.pilots[a]!, name: 'Invoice triage v2', updatedAt: LATER };
  theirs.lessons[0] = { ...theirs.lessons[0]!, title: 'Label 250 invoices', updatedAt: EARLIER };
  theirs.pilots.push({ ...theirs.pilots[1 - a]!, id: newId(), name: 'Pilot C' });
  const series = theirs.series.find((x) => x.metricId === cycleId(theirs))!;
  series.days = Float64Array.from([...series.days, isoToDay('2026-01-26')]);
  series.values = Float64Array.from([9, 7.4, 6.25, 5]);
  series.updatedAt = LATER;
  return { ours, theirs };
}

function invoiceId(data: PortfolioData): string {
  return data.pilots.find((p) => p.name === 'Invoice triage')!.id;
}

/** The cycle-time metric, whose series the scenario changes (records are sorted by id). */
function cycleId(data: PortfolioData): string {
  return data.metrics.find((m) => m.name === 'Cycle time')!.id;
}

async function loaded(data: PortfolioData): Promise<PortfolioDatabase> {
  const db = emptyDatabase();
  await db.open();
  await loadPortfolioData(db, data);
  return db;
}

describe('planning a merge', () => {
  it('adds what only they have, skips what is alike, lists every difference with the newer side', () => {
    const { ours, theirs } = scenario();
    const plan = planMerge(ours, theirs);
    expect(plan.added.pilots.map((p) => p.name)).toEqual(['Pilot C']);
    expect(plan.conflicts.map((c) => [c.key.split(':')[0], c.label, c.newer, c.fields])).toEqual([
      ['pilots', 'Invoice triage', 'theirs', ['name']],
      ['lessons', 'Label 300 invoices first', 'ours', ['title']],
    ]);
    expect(plan.seriesConflicts).toHaveLength(1);
    expect(plan.seriesConflicts[0]!.differences).toEqual([
      {
        day: isoToDay('2026-01-12'),
        ours: { value: 7.5, note: 'Agent went live ✅' },
        theirs: { value: 7.4, note: 'Agent went live ✅' },
      },
    ]);
    expect(plan.seriesAdditions).toEqual([
      {
        metricId: cycleId(ours),
        days: [isoToDay('2026-01-26')],
        values: [5],
        notes: {},
      },
    ]);
    expect(plan.settingsConflict).toBeNull();
    expect(newerChoices(plan)).toEqual({
      [`pilots:${invoiceId(ours)}`]: 'theirs',
      [`lessons:${ours.lessons[0]!.id}`]: 'mine',
      [`series:${cycleId(ours)}`]: 'theirs',
    });
  });

  it('finds nothing to do in an identical file', () => {
    const { ours } = scenario();
    const plan = planMerge(ours, clone(ours));
    expect(conflictKeys(plan)).toEqual([]);
    expect(plan.identical).toBeGreaterThan(10);
    expect(Object.values(plan.added).flat()).toEqual([]);
  });

  it('never decides a conflict by itself', () => {
    const { ours, theirs } = scenario();
    const plan = planMerge(ours, theirs);
    expect(() => resolveMerge(ours, plan, {}, LATER)).toThrow(
      '3 conflict(s) have no choice yet; nothing was merged.',
    );
  });

  it('treats settings as one record, never merging the portfolio name', () => {
    const { ours } = scenario();
    const theirs = clone(ours);
    theirs.settings = { ...theirs.settings, id: newId(), name: 'Their copy', currency: 'USD' };
    const plan = planMerge(ours, theirs);
    expect(plan.settingsConflict?.fields).toEqual(['currency']);
    const writes = resolveMerge(ours, plan, { settings: 'theirs' }, LATER);
    expect(writes.settings).toMatchObject({
      id: ours.settings.id,
      name: ours.settings.name,
      currency: 'USD',
    });
  });
});

describe('applying a merge', () => {
  it('writes the choices in one go, with history per record and a summary', async () => {
    const { ours, theirs } = scenario();
    const db = await loaded(ours);
    const current = await readPortfolioData(db);
    const plan = planMerge(current, theirs);

    const result = await applyMerge(db, current, plan, newerChoices(plan), 'colleague.json');

    expect(result.summary).toBe(
      'Merged “colleague.json”: added 1 record, added 1 measurement, took their version of ' +
        '2 conflicting records and kept yours of 1 conflicting record',
    );
    const after = await readPortfolioData(db);
    expect(after.pilots.map((p) => p.name).sort()).toEqual([
      'Claims intake',
      'Invoice triage v2',
      'Pilot C',
    ]);
    expect(after.lessons[0]!.title).toBe('Label 300 invoices first');
    const series = after.series.find((s) => s.metricId === cycleId(ours))!;
    expect(Array.from(series.values)).toEqual([9, 7.4, 6.25, 5]);
    const merges = after.history.filter((h) => h.action === 'merge').map((h) => h.summary);
    expect(merges).toEqual(
      expect.arrayContaining([
        'Added pilot “Pilot C” from “colleague.json”',
        "Took “colleague.json”'s version of pilot “Invoice triage v2” (name)",
        'Merged the measurements of “Cycle time” with “colleague.json”',
        result.summary,
      ]),
    );
    const pilotA = after.history.find((h) => h.summary.startsWith('Took'))!;
    expect(pilotA.pilotId).toBe(invoiceId(ours));

    // Merging the same file again: only the conflict we kept ours for is left.
    const again = planMerge(after, theirs);
    expect(conflictKeys(again)).toEqual([`lessons:${ours.lessons[0]!.id}`]);
    expect(again.seriesAdditions).toEqual([]);
  });

  it('refuses, changing nothing, when the portfolio changed after the plan was made', async () => {
    const { ours, theirs } = scenario();
    const db = await loaded(ours);
    const current = await readPortfolioData(db);
    const plan = planMerge(current, theirs);
    await updatePilot(db, invoiceId(ours), { budget: 1 });
    const before = await readRawDatabase(db.name);

    const error = await applyMerge(db, current, plan, allChoices(plan, 'theirs'), 'c.json').catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(MergeOutdatedError);
    expect((error as Error).message).toContain('pilot “Invoice triage v2”');
    expect(await readRawDatabase(db.name)).toEqual(before);
  });

  it.each([1, 2, 3, 4])(
    'leaves the database unchanged when storage fails at write %i',
    async (k) => {
      const { ours, theirs } = scenario();
      const db = await loaded(ours);
      const current = await readPortfolioData(db);
      const plan = planMerge(current, theirs);
      const before = await readRawDatabase(db.name);
      let writes = 0;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
          this: IDBObjectStore,
          ...args: Parameters<IDBObjectStore['put']>
        ) {
          writes++;
          if (writes === k)
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        });
      }

      const error = await applyMerge(db, current, plan, newerChoices(plan), 'c.json').catch(
        (e: unknown) => e,
      );

      expect(String(error)).toContain('QuotaExceededError');
      vi.restoreAllMocks();
      expect(await readRawDatabase(db.name)).toEqual(before);
    },
  );
});
