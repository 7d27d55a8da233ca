import type { PortfolioDatabase } from '../../../renderer/db';
import { newDatabase } from '../db/fixtures';
import { smallPortfolio } from '../../shared/domain/portfolio/fixture';

/** The hand-worked small portfolio of the domain tests, written into `into` or a fresh database. */
export async function seedSmallPortfolio(
  into?: PortfolioDatabase,
): Promise<ReturnType<typeof smallPortfolio> & { db: PortfolioDatabase }> {
  const fixture = smallPortfolio();
  const db = into ?? (await newDatabase());
  const { input } = fixture;
  await db.transaction('rw', db.tables, async () => {
    await db.settings.clear();
    await db.settings.add(input.settings);
    await db.people.bulkAdd(input.people);
    await db.pilots.bulkAdd(input.pilots);
    await db.agents.bulkAdd(input.agents);
    await db.assignments.bulkAdd(input.assignments);
    await db.metrics.bulkAdd([...input.metrics]);
    await db.series.bulkAdd(
      input.series.map((s) => ({
        ...s,
        pilotId: input.metrics.find((m) => m.id === s.metricId)?.pilotId ?? '',
        notes: {},
        updatedAt: '2026-01-05T09:00:00.000Z',
      })),
    );
    await db.decisions.bulkAdd(input.decisions);
  });
  return { ...fixture, db };
}
