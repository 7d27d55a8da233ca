import { dayToIso } from '../dates';
import type { EntityType, MeasurementSeries, PortfolioData, PortfolioSettings } from '../model';
import { canonicalJson } from './canonicalJson';

/**
 * Merging a colleague's portfolio file into ours. Records are matched by id. Without a common
 * ancestor nobody can tell who changed a record, only that the two copies differ, so:
 *   - a record only in their file is added (nothing is ever deleted by a merge);
 *   - identical copies are skipped;
 *   - differing copies are CONFLICTS, each listed with which side's `updatedAt` is newer, and the
 *     person chooses "keep mine" or "take theirs" (or "take all newer" for all of them);
 *   - measurement series are merged per date: dates only they have are added, dates with the same
 *     value are skipped, dates with different values are one conflict per metric.
 * Settings are one record whatever their ids; the portfolio's name is never merged (it is ours).
 * History is a log: their entries are added, ours kept.
 */

export const MERGE_TABLES = [
  'people',
  'pilots',
  'agents',
  'assignments',
  'supervisionLogs',
  'metricDefinitions',
  'metrics',
  'decisions',
  'lessons',
] as const;
export type MergeTable = (typeof MERGE_TABLES)[number];
type Row<T extends MergeTable> = PortfolioData[T][number];
type AnyRow = Row<MergeTable>;

export const ENTITY_OF: Record<MergeTable, EntityType> = {
  people: 'person',
  pilots: 'pilot',
  agents: 'agent',
  assignments: 'assignment',
  supervisionLogs: 'supervisionLog',
  metricDefinitions: 'metricDefinition',
  metrics: 'metric',
  decisions: 'decision',
  lessons: 'lesson',
};

export const NOUN_OF: Record<MergeTable, [string, string]> = {
  people: ['person', 'people'],
  pilots: ['pilot', 'pilots'],
  agents: ['agent', 'agents'],
  assignments: ['agent assignment', 'agent assignments'],
  supervisionLogs: ['supervision log', 'supervision logs'],
  metricDefinitions: ['metric definition', 'metric definitions'],
  metrics: ['metric', 'metrics'],
  decisions: ['decision', 'decisions'],
  lessons: ['lesson', 'lessons'],
};

export type Newer = 'ours' | 'theirs' | 'same';
export type MergeChoice = 'mine' | 'theirs';

export interface RecordConflict {
  key: string;
  table: MergeTable;
  id: string;
  label: string;
  ours: AnyRow;
  theirs: AnyRow;
  newer: Newer;
  /** Fields whose values differ (updatedAt aside). */
  fields: string[];
}

export interface PointDifference {
  day: number;
  ours: { value: number; note?: string };
  theirs: { value: number; note?: string };
}

export interface SeriesConflict {
  key: string;
  metricId: string;
  label: string;
  newer: Newer;
  differences: PointDifference[];
}

export interface SettingsConflict {
  key: 'settings';
  ours: PortfolioSettings;
  theirs: PortfolioSettings;
  newer: Newer;
  fields: string[];
}

export interface SeriesAddition {
  metricId: string;
  /** Points only their file has, for a series we have too (or their whole series). */
  days: number[];
  values: number[];
  notes: Record<string, string>;
}

export interface MergePlan {
  /** Records only in their file, by table. */
  added: { [T in MergeTable]: Row<T>[] };
  addedHistory: PortfolioData['history'];
  seriesAdditions: SeriesAddition[];
  conflicts: RecordConflict[];
  seriesConflicts: SeriesConflict[];
  settingsConflict: SettingsConflict | null;
  /** Records (and measurements) both sides have alike. */
  identical: number;
}

export interface MergeChoices {
  /** Conflict key → choice; a conflict without a choice is unresolved. */
  [key: string]: MergeChoice;
}

function contentOf(row: object, skip: readonly string[] = ['updatedAt']): string {
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const k of skip) delete copy[k];
  return canonicalJson(copy);
}

function differingFields(a: object, b: object, skip: readonly string[]): string[] {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])]
    .filter((k) => !skip.includes(k) && canonicalJson(x[k]) !== canonicalJson(y[k]))
    .sort();
}

function newerOf(ours: string, theirs: string): Newer {
  return ours === theirs ? 'same' : theirs > ours ? 'theirs' : 'ours';
}

/** What a person calls a record: its name or title, or what it is about. */
export function recordLabel(
  table: MergeTable,
  row: AnyRow,
  names: ReadonlyMap<string, string>,
): string {
  const r = row as unknown as Record<string, unknown>;
  if (typeof r.name === 'string') return r.name;
  if (typeof r.title === 'string') return r.title;
  if (table === 'decisions') {
    const d = row as Row<'decisions'>;
    return `${d.kind} decision of ${d.date} on ${names.get(d.pilotId) ?? 'a pilot'}`;
  }
  if (table === 'assignments') {
    const a = row as Row<'assignments'>;
    return `${names.get(a.agentId) ?? 'An agent'} in ${names.get(a.pilotId) ?? 'a pilot'}`;
  }
  if (table === 'supervisionLogs') {
    const l = row as Row<'supervisionLogs'>;
    return `Supervision ${l.periodStart} to ${l.periodEnd}`;
  }
  return (row as { id: string }).id;
}

export function nameIndex(...sides: PortfolioData[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const side of sides) {
    for (const t of ['people', 'pilots', 'agents', 'metrics'] as const) {
      for (const r of side[t]) if (!names.has(r.id)) names.set(r.id, r.name);
    }
  }
  return names;
}

const SETTINGS_SKIP = ['id', 'createdAt', 'updatedAt', 'name'];

function planSeries(
  ours: MeasurementSeries | undefined,
  theirs: MeasurementSeries,
  label: string,
  plan: MergePlan,
): void {
  if (!ours) {
    plan.seriesAdditions.push({
      metricId: theirs.metricId,
      days: Array.from(theirs.days),
      values: Array.from(theirs.values),
      notes: { ...theirs.notes },
    });
    return;
  }
  const addition: SeriesAddition = { metricId: theirs.metricId, days: [], values: [], notes: {} };
  const differences: PointDifference[] = [];
  let i = 0;
  for (let j = 0; j < theirs.days.length; j++) {
    const day = theirs.days[j] as number;
    while (i < ours.days.length && (ours.days[i] as number) < day) i++;
    const value = theirs.values[j] as number;
    const note = theirs.notes[String(day)];
    if (i < ours.days.length && ours.days[i] === day) {
      const ourValue = ours.values[i] as number;
      const ourNote = ours.notes[String(day)];
      if (ourValue === value && ourNote === note) plan.identical++;
      else {
        differences.push({
          day,
          ours: ourNote === undefined ? { value: ourValue } : { value: ourValue, note: ourNote },
          theirs: note === undefined ? { value } : { value, note },
        });
      }
    } else {
      addition.days.push(day);
      addition.values.push(value);
      if (note !== undefined) addition.notes[String(day)] = note;
    }
  }
  if (addition.days.length > 0) plan.seriesAdditions.push(addition);
  if (differences.length > 0) {
    plan.seriesConflicts.push({
      key: `series:${theirs.metricId}`,
      metricId: theirs.metricId,
      label,
      newer: newerOf(ours.updatedAt, theirs.updatedAt),
      differences,
    });
  }
}

export function planMerge(ours: PortfolioData, theirs: PortfolioData): MergePlan {
  const names = nameIndex(ours, theirs);
  const plan: MergePlan = {
    added: Object.fromEntries(MERGE_TABLES.map((t) => [t, []])) as unknown as MergePlan['added'],
    addedHistory: [],
    seriesAdditions: [],
    conflicts: [],
    seriesConflicts: [],
    settingsConflict: null,
    identical: 0,
  };
  for (const table of MERGE_TABLES) {
    const mine = new Map<string, AnyRow>((ours[table] as AnyRow[]).map((r) => [r.id, r]));
    for (const row of theirs[table] as AnyRow[]) {
      const own = mine.get(row.id);
      if (!own) {
        (plan.added[table] as AnyRow[]).push(row);
      } else if (contentOf(own) === contentOf(row)) {
        plan.identical++;
      } else {
        plan.conflicts.push({
          key: `${table}:${row.id}`,
          table,
          id: row.id,
          label: recordLabel(table, own, names),
          ours: own,
          theirs: row,
          newer: newerOf(own.updatedAt, row.updatedAt),
          fields: differingFields(own, row, ['updatedAt']),
        });
      }
    }
  }
  const ourSeries = new Map(ours.series.map((s) => [s.metricId, s]));
  for (const s of theirs.series) {
    planSeries(ourSeries.get(s.metricId), s, names.get(s.metricId) ?? s.metricId, plan);
  }
  const ourHistory = new Set(ours.history.map((h) => h.id));
  plan.addedHistory = theirs.history.filter((h) => !ourHistory.has(h.id));
  if (contentOf(ours.settings, SETTINGS_SKIP) !== contentOf(theirs.settings, SETTINGS_SKIP)) {
    plan.settingsConflict = {
      key: 'settings',
      ours: ours.settings,
      theirs: theirs.settings,
      newer: newerOf(ours.settings.updatedAt, theirs.settings.updatedAt),
      fields: differingFields(ours.settings, theirs.settings, SETTINGS_SKIP),
    };
  }
  return plan;
}

/** Every conflict's key, in the order the person sees them. */
export function conflictKeys(plan: MergePlan): string[] {
  return [
    ...(plan.settingsConflict ? ['settings'] : []),
    ...plan.conflicts.map((c) => c.key),
    ...plan.seriesConflicts.map((c) => c.key),
  ];
}

/** "Take all newer": theirs where their copy is newer, mine otherwise (also on a tie). */
export function newerChoices(plan: MergePlan): MergeChoices {
  const choices: MergeChoices = {};
  const pick = (newer: Newer): MergeChoice => (newer === 'theirs' ? 'theirs' : 'mine');
  if (plan.settingsConflict) choices.settings = pick(plan.settingsConflict.newer);
  for (const c of plan.conflicts) choices[c.key] = pick(c.newer);
  for (const c of plan.seriesConflicts) choices[c.key] = pick(c.newer);
  return choices;
}

export function allChoices(plan: MergePlan, choice: MergeChoice): MergeChoices {
  return Object.fromEntries(conflictKeys(plan).map((k) => [k, choice]));
}

/** What the merge will write: whole records to put and whole series to put, plus what it did. */
export interface MergeWrites {
  records: { [T in MergeTable]: Row<T>[] };
  /** Records taken from their file, to say so in the history: key → fields changed. */
  taken: Map<string, string[]>;
  settings: PortfolioSettings | null;
  series: MeasurementSeries[];
  history: PortfolioData['history'];
  /** The portfolio as it will be, for the integrity check before anything is written. */
  merged: PortfolioData;
  counts: MergeCounts;
}

export interface MergeCounts {
  added: number;
  addedMeasurements: number;
  tookTheirs: number;
  keptMine: number;
  identical: number;
  history: number;
}

function withNotes(
  base: Record<string, string>,
  day: number,
  note: string | undefined,
): Record<string, string> {
  const key = String(day);
  if (note === undefined) delete base[key];
  else base[key] = note;
  return base;
}

function applySeries(
  own: MeasurementSeries | undefined,
  addition: SeriesAddition | undefined,
  conflict: SeriesConflict | undefined,
  takeTheirs: boolean,
  pilotId: string,
  stamp: string,
): MeasurementSeries {
  const points = new Map<number, { value: number; note: string | undefined }>();
  if (own) {
    for (let i = 0; i < own.days.length; i++) {
      const day = own.days[i] as number;
      points.set(day, { value: own.values[i] as number, note: own.notes[String(day)] });
    }
  }
  if (addition) {
    addition.days.forEach((day, k) =>
      points.set(day, { value: addition.values[k] as number, note: addition.notes[String(day)] }),
    );
  }
  if (conflict && takeTheirs) {
    for (const d of conflict.differences) {
      points.set(d.day, { value: d.theirs.value, note: d.theirs.note });
    }
  }
  const days = [...points.keys()].sort((a, b) => a - b);
  const notes: Record<string, string> = {};
  for (const day of days) withNotes(notes, day, points.get(day)?.note);
  return {
    metricId: (own ?? { metricId: addition?.metricId ?? conflict?.metricId ?? '' }).metricId,
    pilotId,
    days: Float64Array.from(days),
    values: Float64Array.from(days.map((d) => points.get(d)?.value ?? 0)),
    notes,
    updatedAt: stamp,
  };
}

/**
 * Applies the person's choices to the plan. Fails (throws) when a conflict has no choice: a merge
 * never decides a conflict by itself. `stamp` is the `updatedAt` of series the merge changes.
 */
export function resolveMerge(
  ours: PortfolioData,
  plan: MergePlan,
  choices: MergeChoices,
  stamp: string,
): MergeWrites {
  const unresolved = conflictKeys(plan).filter((k) => !choices[k]);
  if (unresolved.length > 0) {
    throw new Error(`${unresolved.length} conflict(s) have no choice yet; nothing was merged.`);
  }
  const records = Object.fromEntries(
    MERGE_TABLES.map((t) => [t, [...plan.added[t]]]),
  ) as unknown as MergeWrites['records'];
  const taken = new Map<string, string[]>();
  let tookTheirs = 0;
  let keptMine = 0;
  for (const c of plan.conflicts) {
    if (choices[c.key] === 'theirs') {
      (records[c.table] as AnyRow[]).push(c.theirs);
      taken.set(c.key, c.fields);
      tookTheirs++;
    } else keptMine++;
  }
  let settings: PortfolioSettings | null = null;
  if (plan.settingsConflict) {
    if (choices.settings === 'theirs') {
      const t = plan.settingsConflict.theirs;
      settings = {
        ...t,
        id: ours.settings.id,
        createdAt: ours.settings.createdAt,
        name: ours.settings.name,
      };
      tookTheirs++;
    } else keptMine++;
  }

  // The merged portfolio: ours with every written record put over it.
  const merged: PortfolioData = { ...ours, settings: settings ?? ours.settings };
  for (const table of MERGE_TABLES) {
    const byId = new Map<string, AnyRow>((ours[table] as AnyRow[]).map((r) => [r.id, r]));
    for (const row of records[table] as AnyRow[]) byId.set(row.id, row);
    (merged as unknown as Record<string, AnyRow[]>)[table] = [...byId.values()];
  }
  const metricPilot = new Map(merged.metrics.map((m) => [m.id, m.pilotId]));

  const ourSeries = new Map(ours.series.map((s) => [s.metricId, s]));
  const additions = new Map(plan.seriesAdditions.map((a) => [a.metricId, a]));
  const conflicts = new Map(plan.seriesConflicts.map((c) => [c.metricId, c]));
  const touched = new Set([...additions.keys(), ...conflicts.keys()]);
  // A metric taken from their file may have moved to another pilot; its series follows it.
  for (const s of ours.series)
    if (metricPilot.get(s.metricId) !== s.pilotId) touched.add(s.metricId);
  const series: MeasurementSeries[] = [];
  let addedMeasurements = 0;
  for (const metricId of touched) {
    const conflict = conflicts.get(metricId);
    const takeTheirs = conflict ? choices[conflict.key] === 'theirs' : false;
    if (conflict) {
      if (takeTheirs) tookTheirs++;
      else keptMine++;
    }
    const addition = additions.get(metricId);
    addedMeasurements += addition?.days.length ?? 0;
    const changesPoints = (addition?.days.length ?? 0) > 0 || takeTheirs;
    const own = ourSeries.get(metricId);
    const pilotId = metricPilot.get(metricId) ?? own?.pilotId ?? '';
    if (!changesPoints && own && own.pilotId === pilotId) continue;
    series.push(
      applySeries(
        own,
        addition,
        conflict,
        takeTheirs,
        pilotId,
        changesPoints ? stamp : (own?.updatedAt ?? stamp),
      ),
    );
  }
  const seriesById = new Map(ours.series.map((s) => [s.metricId, s]));
  for (const s of series) seriesById.set(s.metricId, s);
  merged.series = [...seriesById.values()];
  merged.history = [...ours.history, ...plan.addedHistory];

  const added = MERGE_TABLES.reduce((n, t) => n + plan.added[t].length, 0);
  return {
    records,
    taken,
    settings,
    series,
    history: plan.addedHistory,
    merged,
    counts: {
      added,
      addedMeasurements,
      tookTheirs,
      keptMine,
      identical: plan.identical,
      history: plan.addedHistory.length,
    },
  };
}

/** "2026-01-05: 7.5 → 7.2" lines for a series conflict, as many as `limit`. */
export function describeDifferences(conflict: SeriesConflict, limit = 5): string[] {
  return conflict.differences
    .slice(0, limit)
    .map((d) => `${dayToIso(d.day)}: yours ${d.ours.value}, theirs ${d.theirs.value}`);
}
