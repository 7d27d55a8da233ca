import Dexie from 'dexie';
import type { EntityType, HistoryAction, HistoryEntry } from '../../shared/model';
import { newId, nowIso } from '../../shared/ids';
import type { PortfolioDatabase } from './database';

let currentActor = 'You';

/** Who history entries name as the author; the app sets it from the portfolio's user setting. */
export function setCurrentActor(name: string): void {
  currentActor = name.trim().slice(0, 200) || 'You';
}

export function getCurrentActor(): string {
  return currentActor;
}

export interface HistoryInput {
  action: HistoryAction;
  entityType: EntityType;
  entityId: string;
  pilotId: string | null;
  summary: string;
  changes?: Record<string, [unknown, unknown]>;
  /** Defaults to now; repositories pass the stamp they wrote so the entry and the record agree. */
  at?: string;
}

const MAX_SUMMARY = 2_000;

/** Builds an entry without writing it — for bulk writers that add many entries in one call. */
export function historyEntry(input: HistoryInput): HistoryEntry {
  const entry: HistoryEntry = {
    id: newId(),
    at: input.at ?? nowIso(),
    actor: currentActor,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId.slice(0, 100),
    pilotId: input.pilotId,
    summary:
      input.summary.length > MAX_SUMMARY
        ? `${input.summary.slice(0, MAX_SUMMARY - 1)}…`
        : input.summary,
  };
  if (input.changes && Object.keys(input.changes).length > 0) entry.changes = input.changes;
  return entry;
}

/**
 * Adds one history entry. Call it inside the repository's `db.transaction('rw', …)` (with the
 * history table in scope) so the change and its record commit or fail together.
 */
export async function recordHistory(
  db: PortfolioDatabase,
  input: HistoryInput,
): Promise<HistoryEntry> {
  if (!Dexie.currentTransaction) {
    throw new Error('recordHistory must run inside the transaction that makes the change');
  }
  const entry = historyEntry(input);
  await db.history.add(entry);
  return entry;
}

/** A pilot's history, newest first — one indexed range read. */
export function listPilotHistory(
  db: PortfolioDatabase,
  pilotId: string,
  limit = 500,
): Promise<HistoryEntry[]> {
  return db.history
    .where('[pilotId+at]')
    .between([pilotId, Dexie.minKey], [pilotId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b)) return false;
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * Field → [before, after] for the fields whose value differs (deeply, so re-saving the same tags
 * is no change). `updatedAt` is skipped: it changes on every save and says nothing by itself.
 */
export function diffFields(before: object, after: object): Record<string, [unknown, unknown]> {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (key === 'updatedAt') continue;
    if (!sameValue(b[key], a[key])) out[key] = [b[key], a[key]];
  }
  return out;
}

/** Typographic quotes make names stand out in a sentence without looking like code. */
export function quoted(name: string): string {
  return `“${name}”`;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "1 metric", "3 metrics", "1,200 measurements". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/** "a", "a and b", "a, b and c". */
export function listPhrase(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const FIELD_LABELS: Record<string, string> = {
  fte: 'FTE',
  sponsorId: 'sponsor',
  leadId: 'lead',
  ownerId: 'owner',
  supervisorId: 'supervisor',
  servedPersonIds: 'people served',
  agentId: 'agent',
  pilotId: 'pilot',
  definitionId: 'definition',
  decisionId: 'decision',
  assignmentId: 'assignment',
  valuePerUnit: 'value per unit',
  supervisionHoursPerWeek: 'supervision hours per week',
  oversightCapacityHours: 'oversight capacity',
  fiscalYearStartMonth: 'fiscal-year start month',
};

/** "nextReviewDate" → "next review date". */
export function fieldLabel(field: string): string {
  return (
    FIELD_LABELS[field] ??
    field
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .trim()
  );
}

const MAX_INLINE_VALUE = 60;

/** A value short and plain enough to quote in a sentence, or null when it is not. */
function inlineValue(field: string, value: unknown): string | null {
  // Ids mean nothing to a reader; the field name alone says what changed.
  if (/Ids?$/.test(field)) return null;
  let text: string;
  if (value === null || value === undefined || value === '') text = 'none';
  else if (typeof value === 'number') text = formatNumber(value);
  else if (typeof value === 'string' || typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    text = value.length === 0 ? 'none' : value.join(', ');
  } else return null;
  return text.length > MAX_INLINE_VALUE || text.includes('\n') ? null : text;
}

/**
 * A sentence for an update: "Renamed pilot “A” to “B”", "Changed stage of “A” from pilot to
 * scaling", "Changed budget, FTE and tags of “A”".
 */
export function describeUpdate(
  noun: string,
  nameAfter: string,
  changes: Record<string, [unknown, unknown]>,
): string {
  const fields = Object.keys(changes).filter((f) => f !== 'createdAt');
  const nameChange = changes['name'];
  const others = fields.filter((f) => f !== 'name');
  if (nameChange && others.length === 0) {
    return `Renamed ${noun} ${quoted(String(nameChange[0]))} to ${quoted(String(nameChange[1]))}`;
  }
  if (fields.length === 1) {
    const field = fields[0] as string;
    const [before, after] = changes[field] as [unknown, unknown];
    const from = inlineValue(field, before);
    const to = inlineValue(field, after);
    const label = fieldLabel(field);
    if (from !== null && to !== null) {
      return `Changed ${label} of ${quoted(nameAfter)} from ${from} to ${to}`;
    }
    return `Changed ${label} of ${quoted(nameAfter)}`;
  }
  const prefix = nameChange
    ? `Renamed ${noun} ${quoted(String(nameChange[0]))} and changed`
    : 'Changed';
  return `${prefix} ${listPhrase(others.map(fieldLabel))} of ${quoted(nameAfter)}`;
}
