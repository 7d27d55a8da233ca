import type {
  Agent,
  Assignment,
  Decision,
  HistoryEntry,
  Lesson,
  MeasurementSeries,
  Metric,
  MetricDefinition,
  Person,
  Pilot,
  PortfolioSettings,
  SupervisionLog,
} from '../../shared/model';

/** The record type stored in each table of a portfolio database. */
export interface TableRows {
  settings: PortfolioSettings;
  people: Person;
  pilots: Pilot;
  agents: Agent;
  assignments: Assignment;
  supervisionLogs: SupervisionLog;
  metricDefinitions: MetricDefinition;
  metrics: Metric;
  series: MeasurementSeries;
  decisions: Decision;
  lessons: Lesson;
  history: HistoryEntry;
}

export type TableName = keyof TableRows;

/**
 * Every table, in the order whole-portfolio writes visit them: referenced records before the
 * records that point at them, history last.
 */
export const TABLE_NAMES = [
  'settings',
  'people',
  'pilots',
  'agents',
  'assignments',
  'supervisionLogs',
  'metricDefinitions',
  'metrics',
  'series',
  'decisions',
  'lessons',
  'history',
] as const satisfies readonly TableName[];

/** Records of any tables, grouped by table: what an undo token keeps and puts back. */
export type RecordsByTable = { [K in TableName]?: TableRows[K][] };

/** A series is keyed by its metric; every other record by its own id. */
export function primaryKeyOf<K extends TableName>(table: K, row: TableRows[K]): string {
  if (table === 'series') return (row as MeasurementSeries).metricId;
  return (row as { id: string }).id;
}
