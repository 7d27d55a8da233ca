import Dexie, { type PromiseExtended, type Table, type Transaction } from 'dexie';
// First: Dexie's mode, before any query (see dexieMode.ts).
import './dexieMode';
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
import { explainOpenError, factoryRefusingNewerSchema } from './newerSchemaGuard';
import { PILOT_NAME_KEYS, keepPilotNameKeys, writeEveryPilotNameKey } from './pilotNameKeys';
import { SCHEMA_VERSION } from './schemaVersion';
import type { TableName, TableRows } from './tables';

export interface SchemaVersion {
  /** Dexie store declarations: primary key first (always a UUID or metricId, never `++`), then indexes. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites records of the previous version; a shipped version is never edited. */
  readonly upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

/** The stores of schema version 1, which version 2 kept as they were. */
const VERSION_1_STORES = {
  settings: 'id',
  people: 'id, name, role, team',
  pilots: 'id, name, stage, businessUnit, sponsorId, leadId, nextReviewDate, updatedAt, *tags',
  agents: 'id, name, ownerId, status, *capabilities',
  assignments: 'id, agentId, pilotId, supervisorId, *servedPersonIds',
  supervisionLogs: 'id, assignmentId, periodStart',
  metricDefinitions: 'id, name',
  metrics: 'id, pilotId, kind, definitionId',
  series: 'metricId, pilotId',
  decisions: 'id, pilotId, date, kind',
  lessons: 'id, pilotId, decisionId, kind, *tags',
  history: 'id, at, pilotId, entityId, [pilotId+at]',
};

/**
 * The stores of every schema version ever shipped, indexed by version number (slot 0 is empty:
 * Dexie versions start at 1). Versions only grow: a change is a new entry with an `upgrade`, and
 * the migration tests build a database at each entry to prove today's code opens it.
 */
export const SCHEMA_HISTORY: readonly (SchemaVersion | null)[] = [
  null,
  { stores: VERSION_1_STORES },
  {
    // Each pilot's name sort key, indexed: the Pilots table's first screen in name order is read
    // from it (see pilotNameKeys.ts).
    stores: { ...VERSION_1_STORES, [PILOT_NAME_KEYS]: 'id, nameKey' },
    upgrade: writeEveryPilotNameKey,
  },
];

/**
 * Stores holding only what the other stores imply (not in TABLE_NAMES: no backup, export or undo
 * carries them), kept in step by middleware.
 */
export const DERIVED_STORES: readonly string[] = [PILOT_NAME_KEYS];

export { SCHEMA_VERSION };
// Written down once more in schemaVersion.ts, for code that must not load this module: adding a
// version without changing it there fails at once, not in the first screen later.
if (SCHEMA_HISTORY.length - 1 !== SCHEMA_VERSION) {
  throw new Error(
    `schemaVersion.ts says ${SCHEMA_VERSION}; the history has ${SCHEMA_HISTORY.length - 1}`,
  );
}

const SUBJECT = 'This portfolio';

/** One portfolio's database. Reads may use the tables directly; writes go through `repositories/`. */
export class PortfolioDatabase extends Dexie {
  declare settings: Table<PortfolioSettings, string>;
  declare people: Table<Person, string>;
  declare pilots: Table<Pilot, string>;
  declare agents: Table<Agent, string>;
  declare assignments: Table<Assignment, string>;
  declare supervisionLogs: Table<SupervisionLog, string>;
  declare metricDefinitions: Table<MetricDefinition, string>;
  declare metrics: Table<Metric, string>;
  declare series: Table<MeasurementSeries, string>;
  declare decisions: Table<Decision, string>;
  declare lessons: Table<Lesson, string>;
  declare history: Table<HistoryEntry, string>;

  constructor(name: string) {
    super(name, {
      indexedDB: factoryRefusingNewerSchema(SUBJECT, SCHEMA_VERSION),
      // Flush every commit to disk before reporting success: a laptop that sleeps or loses power
      // right after "Saved" must not lose the change (Chromium defaults to relaxed).
      chromeTransactionDurability: 'strict',
    });
    SCHEMA_HISTORY.forEach((schema, version) => {
      if (!schema) return;
      const declared = this.version(version).stores(schema.stores);
      if (schema.upgrade) declared.upgrade(schema.upgrade);
    });
    keepPilotNameKeys(this);
  }

  /** Opens the database; a database saved by a newer release fails with `NewerDatabaseError`. */
  override open(): PromiseExtended<Dexie> {
    return super.open().catch(async (error: unknown) => {
      throw await explainOpenError(error, this.name, SUBJECT, SCHEMA_VERSION);
    });
  }

  /** The table holding `name`'s records, typed. */
  tableOf<K extends TableName>(name: K): Table<TableRows[K], string> {
    return this.table<TableRows[K], string>(name);
  }
}
