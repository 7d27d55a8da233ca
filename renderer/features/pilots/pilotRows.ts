import type { Pilot, PilotStage } from '@shared/model';
import { compareCodeUnits, nameSortKey } from '@shared/nameSortKey';
import type { PilotsTableState } from '../../app/uiStore';

// Types only from the model: its schemas bring zod, ~100 KB the table's worker would load and
// compile before its first answer (see pilotsTable.worker.ts).

/**
 * A pilot as the Pilots table shows, searches and sorts it, sponsor and lead named. Only those
 * fields: a pilot also carries its problem and hypothesis, most of what it weighs, which the table
 * never shows (10,000 rows cross from the worker that reads them, see pilotsTableData.ts).
 */
export interface PilotRow {
  id: string;
  name: string;
  summary: string;
  stage: PilotStage;
  businessUnit: string;
  sponsorName: string;
  leadName: string;
  nextReviewDate: string | null;
  budget: number;
  fte: number;
  tags: string[];
}

/** One sort key of the table, as TanStack's SortingState holds it. */
export interface PilotSort {
  id: string;
  desc: boolean;
}

/** One table row per pilot, in the same order, sponsor and lead named from `names`. */
export function toPilotRows(
  pilots: readonly Pilot[],
  names: ReadonlyMap<string, string>,
): PilotRow[] {
  return pilots.map((pilot) => ({
    id: pilot.id,
    name: pilot.name,
    summary: pilot.summary,
    stage: pilot.stage,
    businessUnit: pilot.businessUnit,
    sponsorName: (pilot.sponsorId && names.get(pilot.sponsorId)) || '',
    leadName: (pilot.leadId && names.get(pilot.leadId)) || '',
    nextReviewDate: pilot.nextReviewDate,
    budget: pilot.budget,
    fte: pilot.fte,
    tags: pilot.tags,
  }));
}

/** Whether the row's review date has passed on `today` while the pilot is still under way. */
export function isReviewOverdue(row: PilotRow, today: string): boolean {
  return (
    !!row.nextReviewDate &&
    row.nextReviewDate < today &&
    row.stage !== 'stopped' &&
    row.stage !== 'scaled'
  );
}

// One collator for every text column: a numeric collator orders "Pilot 2" before "Pilot 10"
// (TanStack's auto "alphanumeric" sort did the same with a regex split on every comparison,
// which dominated sorting 10,000 pilots).
// Made on the first comparison, not when the module loads: the first screen loads this module
// for its rows and never sorts, and making a collator loads the engine's collation data (10-20 ms
// of a small machine's first-screen time).
let collator: Intl.Collator | null = null;
const byText = (text: (row: PilotRow) => string) => {
  return (a: PilotRow, b: PilotRow): number => {
    collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    return collator.compare(text(a), text(b));
  };
};
const byValue =
  <T extends string | number>(value: (row: PilotRow) => T) =>
  (a: PilotRow, b: PilotRow): number => {
    const x = value(a);
    const y = value(b);
    return x === y ? 0 : x > y ? 1 : -1;
  };
/** Each stage's place on the ladder (PILOT_STAGES' order; every stage, or this does not compile). */
export const STAGE_RANK: Readonly<Record<PilotStage, number>> = {
  idea: 0,
  pilot: 1,
  scaling: 2,
  scaled: 3,
  stopped: 4,
};
const stageOrder = (row: PilotRow) => STAGE_RANK[row.stage];

/** Each row's name key, worked out once per row however many comparisons a sort makes. */
const nameKeys = new WeakMap<PilotRow, string>();
function nameKeyOf(row: PilotRow): string {
  let key = nameKeys.get(row);
  if (key === undefined) {
    key = nameSortKey(row.name);
    nameKeys.set(row, key);
  }
  return key;
}

/**
 * Names in the order of their sort keys (shared/nameSortKey.ts), then of the pilots' ids: a total
 * order, and exactly the order of the database's name index (renderer/db/pilotNameKeys.ts), from
 * which the worker reads the first screen of a large table without reading the rest. Descending
 * reverses both, as the index read backwards does.
 */
export function compareByName(a: PilotRow, b: PilotRow): number {
  return compareCodeUnits(nameKeyOf(a), nameKeyOf(b)) || compareCodeUnits(a.id, b.id);
}

/**
 * How each column of the Pilots table sorts, ascending, by column id. ISO dates (or '' for none,
 * first) and numbers compare as themselves.
 */
export const PILOT_SORTS: Readonly<Record<string, (a: PilotRow, b: PilotRow) => number>> = {
  name: compareByName,
  stage: (a, b) => stageOrder(a) - stageOrder(b),
  businessUnit: byText((r) => r.businessUnit),
  sponsorName: byText((r) => r.sponsorName),
  leadName: byText((r) => r.leadName),
  nextReview: byValue((r) => r.nextReviewDate ?? ''),
  budget: byValue((r) => r.budget),
  fte: byValue((r) => r.fte),
};

/** Compares rows by each sort key in turn; null when no key names a column. */
function comparator(sorting: readonly PilotSort[]): ((a: PilotRow, b: PilotRow) => number) | null {
  const keys = sorting.flatMap(({ id, desc }) => {
    const compare = PILOT_SORTS[id];
    return compare ? [{ compare, sign: desc ? -1 : 1 }] : [];
  });
  if (keys.length === 0) return null;
  return (a, b) => {
    for (const { compare, sign } of keys) {
      const order = compare(a, b);
      if (order !== 0) return order * sign;
    }
    return 0;
  };
}

/**
 * Sorts `rows` in place by each sort key in turn; ties keep their order (Array.prototype.sort is
 * stable), so rows in stored order stay in stored order among equals.
 */
export function sortPilotRows(rows: PilotRow[], sorting: readonly PilotSort[]): PilotRow[] {
  const compare = comparator(sorting);
  return compare ? rows.sort(compare) : rows;
}

/** Whether two sortings are the same keys in the same order and directions. */
export function sameSorting(a: readonly PilotSort[], b: readonly PilotSort[]): boolean {
  return a.length === b.length && a.every((s, i) => s.id === b[i]?.id && s.desc === b[i]?.desc);
}

/** The rows' order under a sorting, worked out ahead (by the worker that reads them). */
export interface PilotOrder {
  sorting: readonly PilotSort[];
  /** Indexes into the rows, in the order `sorting` puts them. */
  order: Uint32Array;
}

/** The order of `rows` under `sorting`, as indexes: the order `sortPilotRows` gives them. */
export function pilotOrder(rows: readonly PilotRow[], sorting: readonly PilotSort[]): PilotOrder {
  const compare = comparator(sorting);
  const order = Array.from(rows.keys());
  if (compare) order.sort((i, j) => compare(rows[i] as PilotRow, rows[j] as PilotRow));
  return { sorting, order: Uint32Array.from(order) };
}

/** Whether `row` contains `search` (any case) in its name, summary, unit, people or tags. */
export function matchesSearch(row: PilotRow, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  return [row.name, row.summary, row.businessUnit, row.sponsorName, row.leadName, ...row.tags]
    .join(' ')
    .toLowerCase()
    .includes(needle);
}

/**
 * The rows the table shows, in order: those matching the search, stage and business unit (both
 * compared ignoring case), sorted by each sort key in turn; ties keep the stored order. When
 * `presorted` holds the order of the view's sorting (the worker sorts as it reads), the rows are
 * taken in that order and only filtered: no sorting of 10,000 rows before the table first shows.
 */
export function viewPilotRows(
  rows: readonly PilotRow[],
  view: PilotsTableState,
  presorted?: PilotOrder,
): PilotRow[] {
  const inOrder =
    presorted &&
    presorted.order.length === rows.length &&
    sameSorting(view.sorting, presorted.sorting)
      ? Array.from(presorted.order, (i) => rows[i] as PilotRow)
      : null;
  const stage = view.stage.toLowerCase();
  const unit = view.businessUnit.toLowerCase();
  const search = view.search.trim();
  const all = inOrder ?? [...rows];
  const shown =
    !stage && !unit && !search
      ? all
      : all.filter(
          (row) =>
            (!stage || row.stage.toLowerCase() === stage) &&
            (!unit || row.businessUnit.toLowerCase() === unit) &&
            matchesSearch(row, search),
        );
  return inOrder ? shown : sortPilotRows(shown, view.sorting);
}

/**
 * The rows the table shows (see viewPilotRows) of a table that may hold only its first rows in
 * order (`rows` fewer than `total`, the worker's first answer). Those answer only the order they
 * were read in, unfiltered: for a search, a filter or another order the answer is null — wait
 * for the complete table, a moment later — never the matches among the first rows alone.
 */
export function viewPilotsTable(
  table: { rows: readonly PilotRow[]; presorted: PilotOrder; total: number },
  view: PilotsTableState,
): PilotRow[] | null {
  const firstRowsOnly = table.rows.length < table.total;
  const asRead =
    !view.search.trim() &&
    !view.stage &&
    !view.businessUnit &&
    sameSorting(view.sorting, table.presorted.sorting);
  if (firstRowsOnly && !asRead) return null;
  return viewPilotRows(table.rows, view, table.presorted);
}
