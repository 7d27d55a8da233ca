import type { MeasurementSeries } from '../../shared/model';

/** The columns of a series without its identity: what the edits below produce. */
export interface SeriesColumns {
  days: Float64Array;
  values: Float64Array;
  notes: Record<string, string>;
}

/** First index whose day is ≥ `day` (binary search; `days` is ascending and unique). */
export function lowerBound(days: Float64Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of `day`, or -1 when the series has no value that day. */
export function indexOfDay(days: Float64Array, day: number): number {
  const i = lowerBound(days, day);
  return i < days.length && days[i] === day ? i : -1;
}

export function emptySeries(
  metricId: string,
  pilotId: string,
  updatedAt: string,
): MeasurementSeries {
  return {
    metricId,
    pilotId,
    days: new Float64Array(0),
    values: new Float64Array(0),
    notes: {},
    updatedAt,
  };
}

function withNote(notes: Record<string, string>, day: number, note: string | undefined) {
  const next = { ...notes };
  if (note) next[String(day)] = note;
  else delete next[String(day)];
  return next;
}

/**
 * Sets the value (and note) for `day`: inserted at its sorted place, or overwriting the value
 * already there. Returns new arrays; stored typed arrays are never mutated in place, so a copy a
 * reader (or an undo token) holds keeps its meaning.
 */
export function setPoint(
  columns: SeriesColumns,
  day: number,
  value: number,
  note: string | undefined,
): SeriesColumns {
  const i = lowerBound(columns.days, day);
  const notes = withNote(columns.notes, day, note);
  if (i < columns.days.length && columns.days[i] === day) {
    const values = columns.values.slice();
    values[i] = value;
    return { days: columns.days, values, notes };
  }
  const n = columns.days.length;
  const days = new Float64Array(n + 1);
  const values = new Float64Array(n + 1);
  days.set(columns.days.subarray(0, i), 0);
  values.set(columns.values.subarray(0, i), 0);
  days[i] = day;
  values[i] = value;
  days.set(columns.days.subarray(i), i + 1);
  values.set(columns.values.subarray(i), i + 1);
  return { days, values, notes };
}

/** Removes the point at `index` and its note. */
export function removePointAt(columns: SeriesColumns, index: number): SeriesColumns {
  const day = columns.days[index] as number;
  const n = columns.days.length;
  const days = new Float64Array(n - 1);
  const values = new Float64Array(n - 1);
  days.set(columns.days.subarray(0, index), 0);
  values.set(columns.values.subarray(0, index), 0);
  days.set(columns.days.subarray(index + 1), index);
  values.set(columns.values.subarray(index + 1), index);
  return { days, values, notes: withNote(columns.notes, day, undefined) };
}

export type OnExisting = 'replace' | 'keep';

export interface MergeResult extends SeriesColumns {
  added: number;
  replaced: number;
  kept: number;
}

/**
 * Merges incoming points (ascending, unique days) into a series in one linear pass — the way a
 * 100,000-row import stays fast: no per-row insertion, no re-sort of what is already sorted.
 */
export function mergePoints(
  columns: SeriesColumns,
  incoming: SeriesColumns,
  onExisting: OnExisting,
): MergeResult {
  const a = columns;
  const b = incoming;
  const days = new Float64Array(a.days.length + b.days.length);
  const values = new Float64Array(days.length);
  const notes: Record<string, string> = { ...a.notes };
  let i = 0;
  let j = 0;
  let k = 0;
  let added = 0;
  let replaced = 0;
  let kept = 0;
  while (i < a.days.length || j < b.days.length) {
    const da = i < a.days.length ? (a.days[i] as number) : Number.POSITIVE_INFINITY;
    const db = j < b.days.length ? (b.days[j] as number) : Number.POSITIVE_INFINITY;
    if (da < db) {
      days[k] = da;
      values[k++] = a.values[i++] as number;
    } else if (db < da) {
      days[k] = db;
      values[k++] = b.values[j] as number;
      const note = b.notes[String(db)];
      if (note) notes[String(db)] = note;
      added++;
      j++;
    } else {
      days[k] = da;
      if (onExisting === 'replace') {
        values[k++] = b.values[j] as number;
        const note = b.notes[String(db)];
        if (note) notes[String(db)] = note;
        else delete notes[String(db)];
        replaced++;
      } else {
        values[k++] = a.values[i] as number;
        kept++;
      }
      i++;
      j++;
    }
  }
  // Only days present in both shrink the result; skip the copy when there were none.
  const fits = k === days.length;
  return {
    days: fits ? days : days.slice(0, k),
    values: fits ? values : values.slice(0, k),
    notes,
    added,
    replaced,
    kept,
  };
}
