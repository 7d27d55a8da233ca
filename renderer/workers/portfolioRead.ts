import type {
  PortfolioInputWithoutMeasurements,
  PortfolioMeasurements,
} from '@shared/domain/portfolio';
import { answer as answerOr, openExisting } from './idbRequests';

/** What the dashboard's aggregation reads, arriving in two parts (see readPortfolio). */
export interface PortfolioRead {
  rest: Promise<PortfolioInputWithoutMeasurements>;
  measurements: Promise<PortfolioMeasurements>;
  /** The database's version when it was read (a schema upgrade since makes the read stale). */
  version: Promise<number>;
}

/** The object stores read (Dexie's tables of renderer/db/database.ts, by their names). */
const REST = [
  'settings',
  'people',
  'pilots',
  'agents',
  'assignments',
  'supervisionLogs',
  'decisions',
] as const;
const MEASUREMENTS = ['metrics', 'series'] as const;

const answer = <T>(request: IDBRequest<T>): Promise<T> =>
  answerOr(request, 'The portfolio could not be read.');

/**
 * Where a store's keys are split into parts, each asked for by its own request. IndexedDB answers
 * one request at a time: a single getAll of a million measurements held up the app's own small
 * queries (the page's pilot count, its settings) until it was done; asked for in parts, they get
 * their turn in between. The keys are UUIDs (random hex digits), so parts split at hex digits are
 * of about equal size; the ranges cover every possible key whatever it is.
 */
const PART_BOUNDS = ['2', '4', '6', '8', 'a', 'c', 'e'];

/** Every record of `store`, in key order: all its parts asked for at once. */
async function all(tx: IDBTransaction, store: string): Promise<unknown[]> {
  const objectStore = tx.objectStore(store);
  const ranges = [
    IDBKeyRange.upperBound(PART_BOUNDS[0], true),
    ...PART_BOUNDS.slice(1).map((upper, i) =>
      IDBKeyRange.bound(PART_BOUNDS[i], upper, false, true),
    ),
    IDBKeyRange.lowerBound(PART_BOUNDS[PART_BOUNDS.length - 1]),
  ];
  const parts = await Promise.all(
    ranges.map((range) => answer<unknown[]>(objectStore.getAll(range))),
  );
  return parts.flat();
}

/**
 * Reads the tables the dashboard needs in one read-only transaction (a consistent snapshot),
 * with IndexedDB itself: the worker begins reading before it has loaded Dexie, zod and the
 * aggregation (its larger chunk), which compile while the series arrive. The measurements are
 * asked for last and arrive last; the rest comes first so the aggregation can begin on it.
 */
export function readPortfolio(dbName: string): PortfolioRead {
  const transaction = openExisting(dbName).then((db) => {
    const tx = db.transaction([...REST, ...MEASUREMENTS], 'readonly');
    tx.oncomplete = () => db.close();
    tx.onabort = () => db.close();
    return tx;
  });
  let measurements: Promise<PortfolioMeasurements> | undefined;
  const rest = transaction.then(async (tx) => {
    const [settings, people, pilots, agents, assignments, supervisionLogs, decisions] =
      await Promise.all(REST.map((store) => answer<unknown[]>(tx.objectStore(store).getAll())));
    // Asked for once the rest has come (the page's own queries get their turn before them) and
    // at once, before anything is worked out from the rest: reading them is the longest step.
    measurements = Promise.all(MEASUREMENTS.map((store) => all(tx, store))).then(
      ([metrics, series]) => ({ metrics, series }) as PortfolioMeasurements,
    );
    // Should the rest be refused below, the read of the measurements is no second error.
    measurements.catch(() => undefined);
    const first = settings?.[0];
    if (!first) throw new Error('This portfolio has no settings record.');
    // The records are what the app's repositories wrote through Dexie, which stores them as is.
    return {
      settings: first,
      people,
      pilots,
      agents,
      assignments,
      supervisionLogs,
      decisions,
    } as PortfolioInputWithoutMeasurements;
  });
  // Begun by the rest's read, so it fails with it: no second error should the rest fail first.
  const measurementsRead = rest.then(() => measurements as Promise<PortfolioMeasurements>);
  measurementsRead.catch(() => undefined);
  const version = transaction.then((tx) => tx.db.version);
  version.catch(() => undefined);
  return { rest, measurements: measurementsRead, version };
}
