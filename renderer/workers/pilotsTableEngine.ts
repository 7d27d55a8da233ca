import {
  pilotOrder,
  toPilotRows,
  type PilotOrder,
  type PilotSort,
} from '../features/pilots/pilotRows';
import { columnBuffers, toPilotColumns, type PilotColumns } from './pilotsTableColumns';
import { compareCodeUnits } from '@shared/nameSortKey';
import { readPilotsHead, type PilotsHead } from './pilotsTableHead';
import {
  citedPeople,
  openPortfolioDatabase,
  readPilotsFrom,
  type PilotsRead,
} from './pilotsTableRead';
import type { Handler, HandlerResult, RpcContext } from './rpc';

export interface PilotsTableArgs {
  /** Null at start-up: the portfolio opened last (see lastOpenedDbName). */
  dbName: string | null;
  /** The table's sorting: the rows come with their order under it (see viewPilotRows). */
  sorting: readonly PilotSort[];
  /**
   * Give a first answer (see buildPilotsTable), then wait for `proceed` (releaseHeldReads) before
   * looking up the rest.
   */
  firstAnswer?: boolean;
}

/** The Pilots table as the worker hands it over: its rows in stored order, and their order. */
export interface PilotsTableResult {
  /** The database read. */
  dbName: string;
  columns: PilotColumns;
  presorted: PilotOrder;
  /** The database version read (see PilotsRead). */
  version: number;
  /**
   * False in a first answer: either only the first rows in order (a screenful and more) have
   * their sponsor and lead named, summary and tags, or only the first rows in order are there at
   * all (`total` says how many there are). The rest follow in the result.
   */
  complete: boolean;
  /** How many pilots the portfolio has: more than the rows in a first answer of the first rows. */
  total: number;
}

/** How many rows, in order, the first answer names people for: several screens of the table. */
export const FIRST_ROWS = 100;
/**
 * How many rows, in name order, the first answer of a table sorted by name holds: more than the
 * tallest window shows at once (VirtualTable renders only the rows in view).
 */
export const HEAD_ROWS = 60;
/** Columns whose order depends on people's names: no first answer can be ordered without them. */
const PEOPLE_COLUMNS = new Set(['sponsorName', 'leadName']);

/** Reads that have given their first answer and wait to go on (see `firstAnswer`). */
const held = new Set<() => void>();

/**
 * Lets every held read go on. The app holds the rest of a start-up read until its first answer is
 * on screen: looking up the other rows' people competes for the machine's cores with the app's
 * first render, which shows none of them.
 */
export function releaseHeldReads(): void {
  for (const release of held) release();
  held.clear();
}

const holdUntilReleased = () => new Promise<void>((resolve) => held.add(resolve));

/**
 * Turns the pilots read into the table's rows and their order under `sorting`, and names their
 * sponsors and leads. With `onFirst`, the names of the first rows in order are looked up first and
 * those rows handed over at once: looking up the few thousand people of a large portfolio takes
 * about as long as reading its pilots. `beforeRest` is awaited between the two.
 */
export async function buildPilotsTable(
  read: PilotsRead,
  sorting: readonly PilotSort[],
  onFirst?: (first: PilotsTableResult) => void,
  beforeRest?: () => Promise<void>,
): Promise<PilotsTableResult> {
  try {
    const { dbName, pilots, version } = read;
    const unnamed = toPilotRows(pilots, new Map());
    const presorted = pilotOrder(unnamed, sorting);
    let early = new Map<string, string>();
    if (onFirst && !sorting.some((s) => PEOPLE_COLUMNS.has(s.id))) {
      const firstRows = new Set(presorted.order.subarray(0, FIRST_ROWS));
      early = await read.namesOf(citedPeople(pilots.filter((_, i) => firstRows.has(i))));
      // The other rows without their summary and tags, most of what crosses (and is searched
      // only once the complete table is in): that is the first answer's time to the screen.
      const rows = toPilotRows(pilots, early).map((row, i) =>
        firstRows.has(i) ? row : { ...row, summary: '', tags: [] },
      );
      const columns = toPilotColumns(rows);
      onFirst({ dbName, columns, presorted, version, complete: false, total: pilots.length });
      await beforeRest?.();
    }
    const rest = [...citedPeople(pilots)].filter((id) => !early.has(id));
    const names = new Map([...early, ...(await read.namesOf(rest))]);
    const columns = toPilotColumns(toPilotRows(pilots, names));
    return { dbName, columns, presorted, version, complete: true, total: pilots.length };
  } finally {
    read.close();
  }
}

/**
 * The first rows as the table's answer: in stored (id) order like every answer, their order under
 * `sorting` in `presorted`. Complete when they are all the pilots there are.
 */
export function headAnswer(
  db: IDBDatabase,
  head: PilotsHead,
  sorting: readonly PilotSort[],
): PilotsTableResult {
  const stored = [...head.pilots].sort((a, b) => compareCodeUnits(a.id, b.id));
  const place = new Map(stored.map((pilot, i) => [pilot.id, i]));
  const order = Uint32Array.from(head.pilots, (pilot) => place.get(pilot.id) ?? 0);
  return {
    dbName: db.name,
    columns: toPilotColumns(toPilotRows(stored, head.names)),
    presorted: { sorting, order },
    version: db.version,
    complete: head.pilots.length === head.total,
    total: head.total,
  };
}

/**
 * Reads the Pilots table of `dbName` straight from IndexedDB. With `onFirst` and the table sorted
 * by name, the first answer is the first HEAD_ROWS rows read through the name-key index: its time
 * does not grow with the number of pilots (reading all 10,000 takes a quarter of a second). The
 * complete table follows, read after `beforeRest` as before.
 */
export async function readPilotsTable(
  args: PilotsTableArgs,
  onFirst?: (first: PilotsTableResult) => void,
): Promise<PilotsTableResult> {
  const db = await openPortfolioDatabase(args.dbName);
  if (onFirst) {
    let head: PilotsHead | null;
    try {
      head = await readPilotsHead(db, args.sorting, HEAD_ROWS);
    } catch (error) {
      db.close();
      throw error;
    }
    if (head) {
      const first = headAnswer(db, head, args.sorting);
      if (first.complete) {
        db.close();
        return first;
      }
      onFirst(first);
      await holdIf(args)?.();
      return buildPilotsTable(await readPilotsFrom(db), args.sorting);
    }
  }
  return buildPilotsTable(await readPilotsFrom(db), args.sorting, onFirst, holdIf(args));
}

/** What a read waits for after its first answer: nothing, or `releaseHeldReads`. */
export const holdIf = (args: PilotsTableArgs) => (args.firstAnswer ? holdUntilReleased : undefined);

/** The typed arrays' buffers move to the app rather than being copied. */
export function transferOf(result: PilotsTableResult): Transferable[] {
  return [result.presorted.order.buffer, ...columnBuffers(result.columns)];
}

export const pilotsTableHandlers: Record<string, Handler> = {
  read: async (
    args: PilotsTableArgs,
    context: RpcContext,
  ): Promise<HandlerResult<PilotsTableResult>> => {
    const value = await readPilotsTable(args, args.firstAnswer ? context.partial : undefined);
    return { value, transfer: transferOf(value) };
  },
  proceed: (): HandlerResult<null> => {
    releaseHeldReads();
    return { value: null };
  },
};
