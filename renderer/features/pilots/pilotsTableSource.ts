import Dexie from 'dexie';
import { ClaimableSource } from '../../app/claimableSource';
import type { PortfolioDatabase } from '../../db/database';
import { createPilotsTableReader, type PilotsTableReader } from '../../workers/pilotsTableClient';
import { fromPilotColumns } from '../../workers/pilotsTableColumns';
import type { PilotsTableResult } from '../../workers/pilotsTableEngine';
import type { PilotSort } from './pilotRows';
import { readPilotsTableOnMainThread, type PilotsTable } from './pilotsTableData';

// Start-up (renderer/app/startup.ts) loads this module in the app's first, small script.

const toTable = ({ columns, presorted, complete, total }: PilotsTableResult): PilotsTable => ({
  rows: fromPilotColumns(columns),
  presorted,
  complete,
  total,
});

/** A read of the Pilots table begun before its page, or even its database, is known. */
export interface BegunPilotsRead {
  reader: PilotsTableReader;
  result: Promise<PilotsTableResult>;
  /**
   * Hands `listener` the first answer (see buildPilotsTable): now if it came, else when it does.
   * The read then waits for the reader's `proceed`.
   */
  onFirst: (listener: (first: PilotsTableResult) => void) => void;
}

/**
 * Starts reading the Pilots table of the portfolio opened last, in a worker, as the app starts on
 * the Pilots page: the worker looks that portfolio up itself rather than wait for the app to, and
 * reads while the app's code loads. The page's PilotsTableSource takes it over (`begun`).
 */
export function beginPilotsTableRead(
  sorting: readonly PilotSort[],
  createReader: () => PilotsTableReader = createPilotsTableReader,
): BegunPilotsRead {
  const reader = createReader();
  let first: PilotsTableResult | undefined;
  let listener: ((first: PilotsTableResult) => void) | undefined;
  const result = reader.read({ dbName: null, sorting, firstAnswer: true }, (value) => {
    first = value;
    listener?.(value);
  });
  // Its failure is the source's to handle once it takes the read; none if it never does.
  result.catch(() => undefined);
  return {
    reader,
    result,
    onFirst: (l) => {
      listener = l;
      if (first) l(first);
    },
  };
}

/** How long a table begun at start-up waits for its page before it stops (start-up takes < 1 s). */
const UNCLAIMED_MS = 10_000;

export interface PilotsTableSourceOptions {
  /** Start reading now, not at the first subscriber: start-up, before the page exists. */
  eager?: boolean;
  /**
   * Settles once the app's own connection to the database is open. Start-up begins reading
   * before that; a read that then turns out to predate a schema upgrade is done again.
   */
  opened?: Promise<unknown>;
  /** The first read, begun at start-up before the database was known (beginPilotsTableRead). */
  begun?: BegunPilotsRead;
  /** Where the reads run: a worker by default (tests give an inline or failing one). */
  createReader?: () => PilotsTableReader;
}

/**
 * The Pilots table of one portfolio, kept current: read in a worker (off the main thread, which
 * meanwhile loads and renders the app) and read again after every committed write to the pilots
 * or the people, in this window or another (Dexie's storagemutated event, which its live queries
 * follow too). A read that a write overtook is not shown: the next one is. Should the worker
 * fail, the reads run on the main thread as before. Claimable (see ClaimableSource): begun at
 * start-up and handed to the page, stopping soon after its last subscriber has gone and reading
 * anew if one comes back.
 */
export class PilotsTableSource extends ClaimableSource<PilotsTable> {
  private reader: PilotsTableReader | null = null;
  private begun: BegunPilotsRead | null;
  private workerFailed = false;
  /** Counts starts and stops: a read begun in an earlier run is dropped. */
  private run = 0;
  private watching = false;
  /** The run whose read loop is going (at most one at a time). */
  private readingIn: number | null = null;
  /** A write was committed since the current read began. */
  private changed = false;
  /** Lets the held read go on, once someone has the first answer (see proceedOnceShown). */
  private whenShown: (() => void) | null = null;
  private sorting: readonly PilotSort[];
  private readonly prefixes: readonly string[];

  constructor(
    private readonly db: PortfolioDatabase,
    sorting: readonly PilotSort[],
    private readonly options: PilotsTableSourceOptions = {},
  ) {
    super();
    this.sorting = sorting;
    this.begun = options.begun ?? null;
    this.prefixes = ['pilots', 'people'].map((table) => `idb://${db.name}/${table}/`);
    if (options.eager) {
      this.start();
      // Nobody may ever take it (the app shows another page first): then it stops on its own.
      this.stopSoonIfUnused(UNCLAIMED_MS);
    }
  }

  /** The sorting later reads come ordered by (the table's current one). */
  preferSorting(sorting: readonly PilotSort[]): void {
    this.sorting = sorting;
  }

  /** A page has the first answer now (or will, on its first commit): the held read may go on. */
  protected override subscribed(): void {
    this.whenShown?.();
  }

  protected start(): void {
    if (this.watching) return;
    this.watching = true;
    this.run += 1;
    Dexie.on('storagemutated', this.onStorageMutated);
    this.refresh();
  }

  protected stop(): void {
    this.watching = false;
    this.run += 1;
    Dexie.on.storagemutated.unsubscribe(this.onStorageMutated);
    this.reader?.dispose();
    this.reader = null;
    this.begun?.reader.dispose();
    this.begun = null;
    this.whenShown = null;
    this.forget();
  }

  protected running(): boolean {
    return this.watching;
  }

  private readonly onStorageMutated = (parts: Record<string, unknown>): void => {
    if (!Object.keys(parts).some((part) => this.prefixes.some((p) => part.startsWith(p)))) return;
    this.changed = true;
    this.refresh();
  };

  /** Reads the table unless a read is under way (which then reads again: `changed` is set). */
  private refresh(): void {
    if (this.readingIn === this.run) return;
    const run = this.run;
    this.readingIn = run;
    void this.readUntilCurrent(run).finally(() => {
      if (this.readingIn === run) this.readingIn = null;
    });
  }

  private async readUntilCurrent(run: number): Promise<void> {
    while (run === this.run) {
      this.changed = false;
      let value: PilotsTable | null;
      try {
        value = await this.readOnce(run);
      } catch (error) {
        if (run !== this.run) return;
        if (this.changed) continue;
        this.fail(error);
        return;
      }
      if (run !== this.run) return;
      // A write committed while reading (or a schema upgrade): what was read may predate it.
      if (this.changed || value === null) continue;
      this.publish(value);
      return;
    }
  }

  /**
   * Lets `reader` go on once the first answer is on screen: when the page has it (it subscribes
   * after committing its first render, or already had) and the next frame has been drawn. No
   * later than a second on: a hidden window draws no frames.
   */
  private proceedOnceShown(reader: PilotsTableReader): void {
    const go = () => {
      this.whenShown = null;
      let done = false;
      const proceed = () => {
        if (done) return;
        done = true;
        reader.proceed();
      };
      if (typeof requestAnimationFrame === 'function') {
        requestAnimationFrame(() => setTimeout(proceed, 0));
      }
      setTimeout(proceed, typeof requestAnimationFrame === 'function' ? 1000 : 0);
    };
    if (this.listeners.size > 0) go();
    else this.whenShown = go;
  }

  /** One read: in the worker unless it has failed, else on the main thread. Null: read again. */
  private async readOnce(run: number): Promise<PilotsTable | null> {
    const sorting = this.sorting;
    const begun = this.begun;
    this.begun = null;
    if (!this.workerFailed) {
      try {
        const opened = this.options.opened?.catch(() => undefined);
        // The right database (start-up's read looked it up itself), at the app's version.
        const current = async (result: PilotsTableResult) => {
          await opened;
          return (
            result.dbName === this.db.name &&
            (!this.db.isOpen() || this.db.backendDB().version === result.version)
          );
        };
        const reader = begun
          ? begun.reader
          : (this.reader ?? (this.options.createReader ?? createPilotsTableReader)());
        this.reader = reader;
        // A first answer only while nothing shows yet: later, the complete table stays up until
        // the next complete one. The read holds the rest until the first answer is on screen.
        const onFirst = this.latest
          ? undefined
          : (first: PilotsTableResult) => {
              // Shown while the other rows' people are looked up, unless a write overtook it.
              void current(first).then((ok) => {
                if (ok && run === this.run && !this.changed && !this.latest?.value.complete) {
                  this.publish(toTable(first));
                  this.proceedOnceShown(reader);
                } else reader.proceed();
              });
            };
        let result: PilotsTableResult;
        if (begun) {
          begun.onFirst(onFirst ?? (() => reader.proceed()));
          result = await begun.result;
        } else {
          const args = { dbName: this.db.name, sorting, firstAnswer: onFirst !== undefined };
          result = await reader.read(args, onFirst);
        }
        return (await current(result)) ? toTable(result) : null;
      } catch (error) {
        // Stopped meanwhile (which ends the worker): nothing to fall back on.
        if (run !== this.run) throw error;
        // Start-up's read may have found no portfolio to read: read this one as usual.
        if (begun) return null;
        this.workerFailed = true;
        this.reader?.dispose();
        this.reader = null;
      }
    }
    return readPilotsTableOnMainThread(this.db, sorting);
  }
}
