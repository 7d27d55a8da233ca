import type {
  PortfolioInputWithoutLogs,
  PortfolioInputWithoutMeasurements,
  PortfolioMeasurements,
  PortfolioSeries,
} from '@shared/domain/portfolio';
import type { Metric, SupervisionLog } from '@shared/model';
import { inTurn, openExisting, type AskInTurn } from './idbRequests';

/**
 * The measurements as they arrive: every metric first, then the series in parts, part i holding
 * the series of the pilots whose ids partOfKey() puts in part i.
 */
export interface MeasurementParts {
  metrics: Promise<Metric[]>;
  series: Promise<PortfolioSeries[]>[];
}

/** What the dashboard's aggregation reads, arriving in three parts (see readPortfolio). */
export interface PortfolioRead {
  /** The records but the supervision logs and the measurements: they come first. */
  withoutLogs: Promise<PortfolioInputWithoutLogs>;
  supervisionLogs: Promise<SupervisionLog[]>;
  /** All but the measurements: the two above. */
  rest: Promise<PortfolioInputWithoutMeasurements>;
  /** Asked for after the rest. */
  measurementParts: Promise<MeasurementParts>;
  /** All the measurements, once every part has come. */
  measurements: Promise<PortfolioMeasurements>;
  /** The database's version when it was read (a schema upgrade since makes the read stale). */
  version: Promise<number>;
  /**
   * Asks for whatever is left all at once, not one request at a time (see inTurn): for when the
   * page has done its own urgent reads.
   */
  allAtOnce: () => void;
}

/** The object stores read (Dexie's tables of renderer/db/database.ts, by their names). */
const WITHOUT_LOGS = [
  'settings',
  'people',
  'pilots',
  'agents',
  'assignments',
  'decisions',
] as const;
const LOGS = 'supervisionLogs';
const METRICS = 'metrics';
const SERIES = 'series';
/** The series store's index of each series' pilot (see renderer/db/database.ts). */
const SERIES_BY_PILOT = 'pilotId';

/**
 * Where a store's keys are split into parts, each asked for by its own request. IndexedDB answers
 * one request at a time: a single getAll of a million measurements held up the app's own small
 * queries (the page's pilot count, its settings) until it was done; asked for in parts, they get
 * their turn in between. The keys are UUIDs (random hex digits), so parts split at hex digits are
 * of about equal size; the ranges cover every possible key whatever it is.
 */
const PART_BOUNDS = ['2', '4', '6', '8', 'a', 'c', 'e'];

/** The key ranges of the parts (see PART_BOUNDS): together every possible key, each once. */
function partRanges(): IDBKeyRange[] {
  return [
    IDBKeyRange.upperBound(PART_BOUNDS[0], true),
    ...PART_BOUNDS.slice(1).map((upper, i) =>
      IDBKeyRange.bound(PART_BOUNDS[i], upper, false, true),
    ),
    IDBKeyRange.lowerBound(PART_BOUNDS[PART_BOUNDS.length - 1]),
  ];
}

/** The part (an index of partRanges()) whose range holds `key`. */
export function partOfKey(key: string): number {
  const after = PART_BOUNDS.findIndex((bound) => key < bound);
  return after === -1 ? PART_BOUNDS.length : after;
}

/** Every record of `source` (a store or an index), one request per part, asked in turn. */
function parts<T>(ask: AskInTurn, source: IDBObjectStore | IDBIndex): Promise<T[]>[] {
  return partRanges().map((range) => ask<T[]>(() => source.getAll(range)));
}

/**
 * The measurements, asked for at once. The series come by pilot (through the store's index of
 * pilots, in parts split as the keys are): the aggregation evaluates a part's pilots as soon as
 * it comes, instead of every pilot once the last series has come. A series the index does not
 * hold (no valid pilot id: not one the app writes) would be missed: should the index hold fewer
 * series than the store, the last part is the whole store instead, read by key.
 */
function measurementParts(ask: AskInTurn, tx: IDBTransaction): MeasurementParts {
  const metrics = Promise.all(parts<Metric>(ask, tx.objectStore(METRICS))).then((p) => p.flat());
  const store = tx.objectStore(SERIES);
  const series = parts<PortfolioSeries>(ask, store.index(SERIES_BY_PILOT));
  const stored = ask<number>(() => store.count());
  const indexed = Promise.all(series).then((p) => p.reduce((n, part) => n + part.length, 0));
  const last = series.length - 1;
  series[last] = Promise.all([series[last], stored, indexed]).then(([part, count, seen]) =>
    count === seen ? (part ?? []) : ask<PortfolioSeries[]>(() => store.getAll()),
  );
  return { metrics, series };
}

/**
 * Reads the tables the dashboard needs in one read-only transaction (a consistent snapshot),
 * with IndexedDB itself: the worker begins reading before it has loaded Dexie, zod and the
 * aggregation (its larger chunk), which compile while the series arrive. What needs no log comes
 * first, then the supervision logs (thousands of records: the aggregation works on the rest
 * meanwhile), then the measurements; one request at a time until `allAtOnce`.
 */
export function readPortfolio(dbName: string): PortfolioRead {
  const transaction = openExisting(dbName).then((db) => {
    const tx = db.transaction([...WITHOUT_LOGS, LOGS, METRICS, SERIES], 'readonly');
    tx.oncomplete = () => db.close();
    tx.onabort = () => db.close();
    return tx;
  });
  // One request at a time (see inTurn): the page's own reads get their turn in between.
  const turns = inTurn('The portfolio could not be read.');
  const { ask } = turns;
  const requests = transaction.then((tx) => {
    const get = <T>(store: string) => ask<T[]>(() => tx.objectStore(store).getAll());
    const withoutLogs = Promise.all(WITHOUT_LOGS.map((store) => get<unknown>(store)));
    const logs = get<SupervisionLog>(LOGS);
    // Asked for now, in turn after the rest: reading them is the longest step.
    const measurements = Promise.resolve(measurementParts(ask, tx));
    // Should the rest be refused below, the read of the measurements is no second error.
    void measurements.then(
      (m) => {
        for (const part of [m.metrics, ...m.series]) part.catch(() => undefined);
      },
      () => undefined,
    );
    return { withoutLogs, logs, measurements };
  });
  const withoutLogs = requests.then(async (r) => {
    const [settings, people, pilots, agents, assignments, decisions] = await r.withoutLogs;
    const first = settings?.[0];
    if (!first) throw new Error('This portfolio has no settings record.');
    // The records are what the app's repositories wrote through Dexie, which stores them as is.
    return {
      settings: first,
      people,
      pilots,
      agents,
      assignments,
      decisions,
    } as PortfolioInputWithoutLogs;
  });
  const supervisionLogs = requests.then((r) => r.logs);
  const rest = Promise.all([withoutLogs, supervisionLogs]).then(
    ([records, logs]): PortfolioInputWithoutMeasurements => ({ ...records, supervisionLogs: logs }),
  );
  // Fail with the rest: no second error should the rest fail first.
  supervisionLogs.catch(() => undefined);
  const partsRead = rest.then(() => requests).then((r) => r.measurements);
  partsRead.catch(() => undefined);
  const measurementsRead = partsRead.then(async (m) => ({
    metrics: await m.metrics,
    series: (await Promise.all(m.series)).flat(),
  }));
  measurementsRead.catch(() => undefined);
  const version = transaction.then((tx) => tx.db.version);
  version.catch(() => undefined);
  return {
    withoutLogs,
    supervisionLogs,
    rest,
    measurementParts: partsRead,
    measurements: measurementsRead,
    version,
    allAtOnce: turns.allAtOnce,
  };
}
