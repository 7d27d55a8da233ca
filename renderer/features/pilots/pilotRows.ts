import type { Pilot } from '@shared/model';
import { PILOT_STAGES } from '@shared/model';
import type { PilotsTableState } from '../../app/uiStore';

/** A pilot with names resolved, as the table shows it. */
export interface PilotRow {
  pilot: Pilot;
  sponsorName: string;
  leadName: string;
  reviewOverdue: boolean;
}

/** One table row per pilot, sponsor and lead named, overdue reviews flagged as of `today`. */
export function toPilotRows(
  pilots: readonly Pilot[],
  names: ReadonlyMap<string, string>,
  today: string,
): PilotRow[] {
  return pilots.map((pilot) => ({
    pilot,
    sponsorName: (pilot.sponsorId && names.get(pilot.sponsorId)) || '',
    leadName: (pilot.leadId && names.get(pilot.leadId)) || '',
    reviewOverdue:
      !!pilot.nextReviewDate &&
      pilot.nextReviewDate < today &&
      pilot.stage !== 'stopped' &&
      pilot.stage !== 'scaled',
  }));
}

// One collator for every text column: a numeric collator orders "Pilot 2" before "Pilot 10"
// (TanStack's auto "alphanumeric" sort did the same with a regex split on every comparison,
// which dominated sorting 10,000 pilots).
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const byText =
  (text: (row: PilotRow) => string) =>
  (a: PilotRow, b: PilotRow): number =>
    collator.compare(text(a), text(b));
const byValue =
  <T extends string | number>(value: (row: PilotRow) => T) =>
  (a: PilotRow, b: PilotRow): number => {
    const x = value(a);
    const y = value(b);
    return x === y ? 0 : x > y ? 1 : -1;
  };
const stageOrder = (row: PilotRow) => PILOT_STAGES.indexOf(row.pilot.stage);

/**
 * How each column of the Pilots table sorts, ascending, by column id. ISO dates (or '' for none,
 * first) and numbers compare as themselves.
 */
export const PILOT_SORTS: Readonly<Record<string, (a: PilotRow, b: PilotRow) => number>> = {
  name: byText((r) => r.pilot.name),
  stage: (a, b) => stageOrder(a) - stageOrder(b),
  businessUnit: byText((r) => r.pilot.businessUnit),
  sponsorName: byText((r) => r.sponsorName),
  leadName: byText((r) => r.leadName),
  nextReview: byValue((r) => r.pilot.nextReviewDate ?? ''),
  budget: byValue((r) => r.pilot.budget),
  fte: byValue((r) => r.pilot.fte),
};

/** Whether `row` contains `search` (any case) in its name, summary, unit, people or tags. */
export function matchesSearch(row: PilotRow, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const p = row.pilot;
  return [p.name, p.summary, p.businessUnit, row.sponsorName, row.leadName, ...p.tags]
    .join(' ')
    .toLowerCase()
    .includes(needle);
}

/**
 * The rows the table shows, in order: those matching the search, stage and business unit (both
 * compared ignoring case), sorted by each sort key in turn; ties keep the stored order.
 */
export function viewPilotRows(rows: readonly PilotRow[], view: PilotsTableState): PilotRow[] {
  const stage = view.stage.toLowerCase();
  const unit = view.businessUnit.toLowerCase();
  const shown = rows.filter(
    (row) =>
      (!stage || row.pilot.stage.toLowerCase() === stage) &&
      (!unit || row.pilot.businessUnit.toLowerCase() === unit) &&
      matchesSearch(row, view.search),
  );
  const keys = view.sorting.flatMap(({ id, desc }) => {
    const compare = PILOT_SORTS[id];
    return compare ? [{ compare, sign: desc ? -1 : 1 }] : [];
  });
  if (keys.length === 0) return shown;
  // Array.prototype.sort is stable, so equal rows stay in stored order.
  return shown.sort((a, b) => {
    for (const { compare, sign } of keys) {
      const order = compare(a, b);
      if (order !== 0) return order * sign;
    }
    return 0;
  });
}
