import { MAX_REPORTED_ISSUES, type FileIssue } from '@shared/formats/fileRefusal';
import { nameKey, type ImportGroup } from '@shared/formats/measurementImport';
import type { PortfolioDatabase } from '../../db';
import type { SeriesToImport } from '../../db/exchange';

export interface MatchOptions {
  /** Create pilots and metrics the file names but the portfolio lacks, instead of refusing. */
  createMissing: boolean;
  /** The file's column names, for messages ("Row 7, column Pilot"). */
  pilotColumn: string | null;
  metricColumn: string;
  /** The portfolio's pilots and metrics, when already read (while the file was being checked). */
  names?: PortfolioNames;
}

export interface PortfolioNames {
  pilots: { id: string; name: string }[];
  metrics: { id: string; name: string; pilotId: string }[];
}

/** What matching needs from the portfolio: every pilot's and metric's name. */
export async function readPortfolioNames(db: PortfolioDatabase): Promise<PortfolioNames> {
  const [pilots, metrics] = await Promise.all([db.pilots.toArray(), db.metrics.toArray()]);
  return { pilots, metrics };
}

export interface MatchResult {
  items: SeriesToImport[];
  issues: FileIssue[];
  totalIssues: number;
  newPilots: string[];
  newMetrics: { pilot: string; metric: string }[];
}

function more(group: ImportGroup): string {
  return group.rowCount > 1
    ? ` (and ${(group.rowCount - 1).toLocaleString('en-US')} more rows)`
    : '';
}

/**
 * Finds the pilot and metric of each group by name (trimmed, case-insensitive). A name that
 * matches nothing is an error naming its first row — or, when the person allowed it, a pilot or
 * metric to create. Without a pilot column a metric name must be unique across the portfolio.
 */
export async function matchGroups(
  db: PortfolioDatabase,
  groups: readonly ImportGroup[],
  options: MatchOptions,
): Promise<MatchResult> {
  const { pilots, metrics } = options.names ?? (await readPortfolioNames(db));
  const pilotByKey = new Map<string, { id: string; name: string }>();
  for (const p of pilots) if (!pilotByKey.has(nameKey(p.name))) pilotByKey.set(nameKey(p.name), p);
  const metricsByKey = new Map<string, { id: string; pilotId: string }[]>();
  for (const m of metrics) {
    const key = nameKey(m.name);
    metricsByKey.set(key, [...(metricsByKey.get(key) ?? []), m]);
  }
  const pilotName = new Map(pilots.map((p) => [p.id, p.name]));

  const result: MatchResult = {
    items: [],
    issues: [],
    totalIssues: 0,
    newPilots: [],
    newMetrics: [],
  };
  const problem = (row: number, column: string, message: string) => {
    result.totalIssues++;
    if (result.issues.length < MAX_REPORTED_ISSUES) {
      result.issues.push({ where: `Row ${row}, column ${column}`, message });
    }
  };
  const newPilotKeys = new Set<string>();

  for (const group of groups) {
    const sameName = metricsByKey.get(group.metricKey) ?? [];
    let pilotId: string | null = null;
    let metricId: string | null = null;
    if (options.pilotColumn === null) {
      if (sameName.length === 1) {
        metricId = (sameName[0] as { id: string }).id;
        pilotId = (sameName[0] as { pilotId: string }).pilotId;
      } else {
        problem(
          group.firstRow,
          options.metricColumn,
          sameName.length === 0
            ? `no metric named “${group.metricName}”${more(group)}`
            : `“${group.metricName}” is a metric of ${sameName.length} pilots (${sameName
                .map((m) => pilotName.get(m.pilotId))
                .join(', ')}); add a pilot column to say which${more(group)}`,
        );
        continue;
      }
    } else {
      const pilot = pilotByKey.get(group.pilotKey);
      if (pilot) {
        pilotId = pilot.id;
        metricId = sameName.find((m) => m.pilotId === pilot.id)?.id ?? null;
      }
      if (!pilot && !options.createMissing) {
        problem(
          group.firstRow,
          options.pilotColumn,
          `no pilot named “${group.pilotName}”${more(group)}`,
        );
        continue;
      }
      if (pilot && !metricId && !options.createMissing) {
        problem(
          group.firstRow,
          options.metricColumn,
          `pilot “${pilot.name}” has no metric named “${group.metricName}”${more(group)}`,
        );
        continue;
      }
      if (!pilot && !newPilotKeys.has(group.pilotKey)) {
        newPilotKeys.add(group.pilotKey);
        result.newPilots.push(group.pilotName);
      }
      if (!metricId)
        result.newMetrics.push({ pilot: pilot?.name ?? group.pilotName, metric: group.metricName });
    }
    result.items.push({
      pilotName: group.pilotName,
      metricName: group.metricName,
      pilotId,
      metricId,
      days: group.days,
      values: group.values,
      notes: group.notes,
    });
  }
  if (result.totalIssues > 0) result.items = [];
  return result;
}
