import type { HistoryEntry, MeasurementSeries, PortfolioData } from '../../shared/model';
import type { PortfolioDatabase } from './database';
import { DatabaseNotEmptyError, ValidationError, type FieldIssue } from './errors';
import { countOf, recordHistory } from './history';
import { TABLE_NAMES, type RecordsByTable } from './tables';

/**
 * `instanceof Float64Array` is false for arrays made in another realm (a worker, an iframe, the
 * structured clone of some IndexedDB implementations), so the tag is checked instead.
 */
function isFloat64Array(value: unknown): value is Float64Array {
  return Object.prototype.toString.call(value) === '[object Float64Array]';
}

function seriesIssues(series: readonly MeasurementSeries[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  series.forEach((s, i) => {
    if (!isFloat64Array(s.days) || !isFloat64Array(s.values)) {
      issues.push({ field: `series.${i}`, message: 'days and values must be Float64Arrays' });
    } else if (s.days.length !== s.values.length) {
      issues.push({ field: `series.${i}`, message: 'days and values differ in length' });
    } else {
      for (let k = 1; k < s.days.length; k++) {
        if (!((s.days[k] as number) > (s.days[k - 1] as number))) {
          issues.push({
            field: `series.${i}.days.${k}`,
            message: 'Days must be strictly ascending',
          });
          break;
        }
      }
    }
  });
  return issues;
}

function rowsOf(data: PortfolioData): RecordsByTable {
  return {
    settings: [data.settings],
    people: data.people,
    pilots: data.pilots,
    agents: data.agents,
    assignments: data.assignments,
    supervisionLogs: data.supervisionLogs,
    metricDefinitions: data.metricDefinitions,
    metrics: data.metrics,
    series: data.series,
    decisions: data.decisions,
    lessons: data.lessons,
    history: data.history,
  };
}

/** "24 pilots, 60 people, 1,000,000 measurements, …" — what a load brought in. */
export function describeContents(data: PortfolioData): string {
  const measurements = data.series.reduce((n, s) => n + s.days.length, 0);
  return [
    countOf(data.pilots.length, 'pilot'),
    countOf(data.people.length, 'person', 'people'),
    countOf(data.agents.length, 'agent'),
    countOf(data.assignments.length, 'agent assignment'),
    countOf(data.metrics.length, 'metric'),
    countOf(measurements, 'measurement'),
    countOf(data.decisions.length, 'decision'),
    countOf(data.lessons.length, 'lesson'),
  ].join(', ');
}

export interface LoadOptions {
  /** The opening of the history entry: "Loaded the sample portfolio", "Restored a backup". */
  description?: string;
}

/**
 * Writes a whole portfolio into an EMPTY database in one transaction (strict durability, like
 * every transaction of PortfolioDatabase): either every record is stored or none is. Records are
 * expected to be valid already (the sample generator makes them; the backup reader validates).
 */
export async function loadPortfolioData(
  db: PortfolioDatabase,
  data: PortfolioData,
  options: LoadOptions = {},
): Promise<HistoryEntry> {
  const issues = seriesIssues(data.series);
  if (issues.length > 0) throw new ValidationError('Portfolio', issues.slice(0, 20));
  const rows = rowsOf(data);
  return db.transaction('rw', db.tables, async () => {
    const counts = await Promise.all(TABLE_NAMES.map((t) => db.tableOf(t).count()));
    const nonEmpty = TABLE_NAMES.filter((_t, i) => (counts[i] ?? 0) > 0);
    if (nonEmpty.length > 0) throw new DatabaseNotEmptyError(nonEmpty);
    // Sequential, in dependency order: a failure part-way aborts the transaction and IndexedDB
    // rolls back every table written before it.
    for (const table of TABLE_NAMES) {
      const tableRows = rows[table];
      if (tableRows && tableRows.length > 0) await db.tableOf(table).bulkPut(tableRows);
    }
    return recordHistory(db, {
      action: 'import',
      entityType: 'portfolio',
      entityId: data.settings.id,
      pilotId: null,
      summary: `${options.description ?? 'Loaded a portfolio'}: ${describeContents(data)}`,
    });
  });
}

/** Every record of the portfolio, read in one consistent snapshot (for backups and exports). */
export async function readPortfolioData(db: PortfolioDatabase): Promise<PortfolioData> {
  return db.transaction('r', db.tables, async () => {
    const [
      settings,
      people,
      pilots,
      agents,
      assignments,
      supervisionLogs,
      metricDefinitions,
      metrics,
      series,
      decisions,
      lessons,
      history,
    ] = await Promise.all([
      db.settings.toArray(),
      db.people.toArray(),
      db.pilots.toArray(),
      db.agents.toArray(),
      db.assignments.toArray(),
      db.supervisionLogs.toArray(),
      db.metricDefinitions.toArray(),
      db.metrics.toArray(),
      db.series.toArray(),
      db.decisions.toArray(),
      db.lessons.toArray(),
      db.history.toArray(),
    ]);
    const first = settings[0];
    if (!first) throw new Error('This portfolio has no settings record; it was never initialised.');
    return {
      settings: first,
      people,
      pilots,
      agents,
      assignments,
      supervisionLogs,
      metricDefinitions,
      metrics,
      series,
      decisions,
      lessons,
      history,
    };
  });
}
