// The registry's core only, not '../db': start-up must not wait for zod and the repositories.
import { parsePrintRoute } from '@shared/reports/printRoutes';
import { getLastOpened, openPortfolio } from '../db/registryDatabase';

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
  const entry = await getLastOpened();
  // Begin opening its database: OpenPortfolio's own open() then waits for this same opening
  // (Dexie keeps one per database) and reports its failure, if any, as before.
  if (entry)
    openPortfolio(entry)
      .open()
      .catch(() => undefined);
  return entry?.id ?? null;
}

/** Starts reading the last-opened portfolio and opening its database. Call once, at start-up. */
export function startOpening(): void {
  if (early) return;
  const read: EarlyRead = { promise: readLastOpened() };
  read.promise.then(
    (id) => (read.result = id),
    () => undefined,
  );
  early = read;
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
