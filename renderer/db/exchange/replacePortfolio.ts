import type { PortfolioData } from '@shared/model';
import type { PortfolioDatabase } from '../database';
import { readPortfolioData } from '../loadPortfolioData';
import { TABLE_NAMES, type RecordsByTable, type TableName } from '../tables';

function rowsOf(data: PortfolioData): RecordsByTable {
  const { settings, ...tables } = data;
  return { settings: [settings], ...tables };
}

/**
 * Replaces every record of the open portfolio with `data` in ONE transaction (strict durability,
 * like every transaction of PortfolioDatabase): the tables are cleared and refilled, and a
 * failure anywhere — a quota error at the millionth measurement — rolls all of it back.
 *
 * The records are written exactly as given and no history entry is added, so a restored
 * portfolio backs up byte-for-byte as the file it came from (QUALITY.md check 6). The caller
 * validated `data` (parseBackup) and asked the person first. Returns the records it replaced, read
 * in the same transaction, so the change can be undone.
 */
export async function replacePortfolioData(
  db: PortfolioDatabase,
  data: PortfolioData,
): Promise<PortfolioData> {
  const rows = rowsOf(data);
  return db.transaction('rw', db.tables, async () => {
    const previous = await readPortfolioData(db);
    for (const table of TABLE_NAMES) await db.tableOf(table).clear();
    for (const table of TABLE_NAMES) {
      const tableRows = rows[table] as unknown[] | undefined;
      if (tableRows && tableRows.length > 0) {
        await db.tableOf(table as TableName).bulkPut(tableRows as never[]);
      }
    }
    return previous;
  });
}

/** Counts a person compares before replacing: what is here now, what the file holds. */
export interface PortfolioCounts {
  pilots: number;
  people: number;
  agents: number;
  assignments: number;
  metrics: number;
  measurements: number;
  decisions: number;
  lessons: number;
  history: number;
}

export function countPortfolio(data: PortfolioData): PortfolioCounts {
  return {
    pilots: data.pilots.length,
    people: data.people.length,
    agents: data.agents.length,
    assignments: data.assignments.length,
    metrics: data.metrics.length,
    measurements: data.series.reduce((n, s) => n + s.days.length, 0),
    decisions: data.decisions.length,
    lessons: data.lessons.length,
    history: data.history.length,
  };
}
