// The registry's core only, not '../db': start-up must not wait for zod and the repositories.
import { parsePrintRoute } from '@shared/reports/printRoutes';
import type { PortfolioDatabase } from '../db/database';
import {
  getLastOpened,
  listPortfolios,
  openPortfolio,
  type PortfolioEntry,
} from '../db/registryDatabase';
import { loadDashboard } from '../features/portfolio/dashboardModule';
import { startPortfolioWorkerEarly } from '../workers/portfolioWorkerStart';
import { DEFAULT_PILOT_SORTING } from '../features/pilots/pilotsTableData';
import {
  beginPilotsTableRead,
  PilotsTableSource,
  type BegunPilotsRead,
} from '../features/pilots/pilotsTableSource';
import { EarlyLiveQuery } from './earlyLiveQuery';
import { readPilotCountEarly } from './queries/pilotCount';
import { readSettingsEarly } from './queries/settingsReadEarly';

/**
 * Which portfolio was open last, read while the app starts. Reading it (the registry's database)
 * and then opening that portfolio's database took ~120 ms one after the other once React had
 * rendered. main.tsx starts both (`startOpening`) before it loads the rest of the app, so they
 * proceed while that code is fetched and compiled.
 */
interface EarlyRead {
  promise: Promise<string | null>;
  /** The id (or null) once the read has finished; undefined until then. */
  result?: string | null;
}
let early: EarlyRead | null = null;

async function readLastOpened(): Promise<string | null> {
  // A print page (Electron's hidden print window) names its portfolio: open that one, without
  // making it the one the app reopens next time.
  const printTarget = parsePrintRoute(window.location.hash);
  if (printTarget) return printTarget.portfolioId;
  const entry = await getLastOpened().catch((error: unknown) => {
    takeBegunPilotsRead()?.reader.dispose();
    throw error;
  });
  // The Pilots table's read, begun meanwhile, has a portfolio to read, or none.
  const pilotsRead = takeBegunPilotsRead();
  if (!entry) pilotsRead?.reader.dispose();
  const aggregation = startsOnPortfolioPage() ? loadAggregatePrefetch() : undefined;
  // Nothing to aggregate after all: the worker begun by startOpening is ended.
  const endAggregation = () =>
    void aggregation?.then(
      (m) => m.endAggregationWorker(),
      () => undefined,
    );
  if (!entry) endAggregation();
  // Begin opening its database: OpenPortfolio's own open() then waits for this same opening
  // (Dexie keeps one per database) and reports its failure, if any, as before.
  if (entry) {
    const db = openPortfolio(entry);
    const opened = db.open();
    // The Pilots table's worker reads the database itself: it need not wait for this opening.
    const pilotsShown = startPilotsTable(db, opened, pilotsRead);
    pageRead = opened.then(
      () => {
        // The settings too: the page's first render shows the portfolio's currency; on the
        // Portfolio page, its number of pilots (dashboard or empty state).
        const read = Promise.all([
          pilotsShown,
          readSettingsEarly(db),
          aggregation ? readPilotCountEarly(db) : undefined,
        ]).then(() => undefined);
        // Begun once the database is open (any schema upgrade done): the worker reads it itself.
        // Asked for once the reads above have been answered: the worker then asks for the rest
        // of its reading all at once (see portfolioEarlyRead.ts), which they would wait behind.
        void Promise.all([aggregation, read]).then(
          ([module]) => module?.prefetchAggregateAtStartup(db.name, db.backendDB().version),
          () => undefined,
        );
        return read;
      },
      () => {
        endAggregation();
      },
    );
  }
  return entry?.id ?? null;
}

function startsOnPortfolioPage(): boolean {
  const route = window.location.hash.replace(/^#/, '').split('?')[0];
  return route === '' || route === '/';
}

/**
 * On the Portfolio page the dashboard's aggregation (a worker reading the whole database, its
 * longest step on a large portfolio) starts here, while the app's code loads. Its module is loaded
 * on demand so the first script stays small; should that fail, the page starts it as before. The
 * worker itself is started before (startOpening), and the module takes it over.
 */
let aggregatePrefetchModule:
  Promise<typeof import('../features/portfolio/aggregatePrefetch')> | undefined;
const loadAggregatePrefetch = () =>
  (aggregatePrefetchModule ??= import('../features/portfolio/aggregatePrefetch'));

/**
 * The Pilots table, read (in a worker) from the moment the last-opened portfolio is known when the
 * app starts on the Pilots page: the read then overlaps opening the database and loading the app's
 * code, and the page's first render already has its rows (one layout, no "Loading pilots…" frame).
 */
let earlyPilots: { db: PortfolioDatabase; table: PilotsTableSource } | null = null;
/** Settles once the first page's early read (if any) has its first result. */
let pageRead: Promise<void> = Promise.resolve();

function startsOnPilotsPage(): boolean {
  const route = window.location.hash.replace(/^#/, '').split('?')[0];
  return route === '/pilots' || route === '/pilots/';
}

/**
 * The Pilots table's read, begun with the app on the Pilots page before anything else: its worker
 * boots (50-150 ms while the app's code compiles) and looks up the last-opened portfolio itself.
 */
let begunPilotsRead: BegunPilotsRead | null = null;

function takeBegunPilotsRead(): BegunPilotsRead | null {
  const read = begunPilotsRead;
  begunPilotsRead = null;
  return read;
}

function startPilotsTable(
  db: PortfolioDatabase,
  opened: Promise<unknown>,
  begun: BegunPilotsRead | null,
): Promise<void> {
  if (!startsOnPilotsPage()) {
    begun?.reader.dispose();
    return Promise.resolve();
  }
  const table = new PilotsTableSource(db, DEFAULT_PILOT_SORTING, {
    eager: true,
    opened,
    begun: begun ?? undefined,
  });
  earlyPilots = { db, table };
  return table.settled;
}

/** The Pilots table begun at start-up for `db`, once (later mounts read anew). */
export function takeEarlyPilotsTable(db: PortfolioDatabase): PilotsTableSource | null {
  if (earlyPilots?.db !== db) return null;
  const { table } = earlyPilots;
  earlyPilots = null;
  return table;
}

/** Starts reading the last-opened portfolio and opening its database. Call once, at start-up. */
export function startOpening(): void {
  if (early) return;
  earlyPortfolios = new EarlyLiveQuery(listPortfolios);
  if (startsOnPilotsPage()) begunPilotsRead = beginPilotsTableRead(DEFAULT_PILOT_SORTING);
  if (startsOnPortfolioPage()) {
    // The aggregation's worker boots meanwhile; its module is what takes it over.
    startPortfolioWorkerEarly();
    loadAggregatePrefetch().catch(() => undefined);
    // The dashboard's code (Recharts, some twenty chunks) downloads meanwhile too, not once the
    // page has rendered: the page's own import then finds it loaded. A failure is the page's to
    // report when it imports it.
    loadDashboard().catch(() => undefined);
  }
  const read: EarlyRead = { promise: readLastOpened() };
  read.promise.then(
    (id) => (read.result = id),
    () => undefined,
  );
  early = read;
}

/**
 * The list of portfolios, read from start-up on, so the app's first render can already show the
 * open portfolio rather than "Opening your portfolios…" for one frame.
 */
let earlyPortfolios: EarlyLiveQuery<PortfolioEntry[]> | null = null;

/** The portfolio list's live query begun by `startOpening`, once (later mounts read anew). */
export function takeEarlyPortfoliosQuery(): EarlyLiveQuery<PortfolioEntry[]> | null {
  const query = earlyPortfolios;
  earlyPortfolios = null;
  return query;
}

/**
 * Settles once what the first screen shows has been read (the portfolio list, the last portfolio
 * and, on the Pilots page, its table), successfully or not.
 */
export function firstScreenRead(): Promise<void> {
  const lastOpened = early?.promise.then(() => pageRead) ?? Promise.resolve();
  return Promise.all([earlyPortfolios?.settled, lastOpened]).then(
    () => undefined,
    () => undefined,
  );
}

/** The early read's id if it has already finished (so the app need not show "Opening…"). */
export function lastOpenedIdIfKnown(): string | null | undefined {
  return early?.result;
}

/**
 * The last-opened portfolio's id: the read begun by `startOpening` the first time (once), a fresh
 * read after that (the app shown again, as tests do).
 */
export function lastOpenedId(): Promise<string | null> {
  const read = early?.promise ?? readLastOpened();
  early = null;
  return read;
}
