// The seeding page of `npm run bench`. It is served from the same origin as the built app, so the
// IndexedDB it fills is the one the app opens next — the product needs no debug hooks for this.
// It writes through the app's own registry and repositories, exactly as a person's data would be.
//
// Query parameters (one of):
//   ?pilots=N         the sample portfolio with N pilots (its default measurement density)
//     &measurementsTarget=M  … with about M measurements instead (N ≤ 2,000; 0: none at all)
//     &metrics=K             … each metric split into several, K metrics in all (see splitMetrics)
//     &copies=K              … written K times, as K portfolios with the same names (default 1)
//     &names=1               … and report every metric as { pilot, metric } names
//   ?measurements=N   one pilot with one metric holding N daily measurements
//   ?open=ID          make portfolio ID the one the app opens next
// When done: document.title is 'seeded' (or 'seed-failed') and window.__benchSeed says what was made.
//
// .tsx, not .ts: the e2e TypeScript project includes bench/**/*.ts but not renderer/, so it cannot
// check a file importing the app; bench/tsconfig.json checks the pages instead.
import '../../../renderer/zodConfig';
import type { PortfolioData } from '@shared/model';
import { DEFAULT_SEED, generateSamplePortfolio, Random } from '@shared/sample';
import { dayToIso, isoToDay } from '@shared/dates';
import { newId } from '@shared/ids';
import {
  addMeasurementsBulk,
  createMetric,
  createPilot,
  createPortfolio,
  openPortfolio,
  setLastOpened,
  type MeasurementRow,
} from '../../../renderer/db';

export interface SeedResult {
  ok: boolean;
  error?: string;
  portfolioId?: string;
  /** Every portfolio written (copies), the last one opened next. */
  portfolioIds?: string[];
  /** The IndexedDB database of `portfolioId`. */
  dbName?: string;
  pilotId?: string;
  metrics?: number;
  /** Each metric as its pilot's name and its own (when asked with names=1). */
  metricNames?: { pilot: string; metric: string }[];
  pilots?: number;
  measurements?: number;
  ms?: number;
  /** Where seeding time went, for the log: generating the sample vs writing it. */
  generateMs?: number;
  writeMs?: number;
}

declare global {
  interface Window {
    __benchSeed?: SeedResult;
  }
}

/** Today as the app sees it (UTC calendar day), so reviews due and overdue flags look current. */
const TODAY = new Date().toISOString().slice(0, 10);

/**
 * The sample generator runs out of distinct person names a little past 8,000 pilots (about 24,500
 * people) and then never returns (shared/sample/people.ts, NameBook.next). Larger portfolios are
 * therefore several samples of at most PART_PILOTS pilots, each from its own seed (so every id is
 * new), merged: the same density of people, agents, metrics and measurements per pilot as a
 * single sample, which keeps "10,000 pilots" comparable with "100 pilots".
 */
const PART_PILOTS = 2_000;

function generatePilots(pilots: number, measurementsTarget: number | null): PortfolioData {
  if (measurementsTarget !== null) {
    if (pilots > PART_PILOTS)
      throw new RangeError(`measurementsTarget needs ≤ ${PART_PILOTS} pilots`);
    return generateSamplePortfolio({ today: TODAY, pilots, measurementsTarget });
  }
  if (pilots <= PART_PILOTS) return generateSamplePortfolio({ today: TODAY, pilots });
  const parts: PortfolioData[] = [];
  for (let done = 0, k = 0; done < pilots; done += PART_PILOTS, k++) {
    const count = Math.min(PART_PILOTS, pilots - done);
    parts.push(generateSamplePortfolio({ today: TODAY, pilots: count, seed: DEFAULT_SEED + k }));
  }
  return mergeSamples(parts);
}

/** One portfolio from several: the first one's settings and metric definitions, everything else. */
function mergeSamples(parts: readonly PortfolioData[]): PortfolioData {
  const [first, ...rest] = parts;
  if (!first) throw new Error('Nothing to merge');
  // Each part defines the same catalogue of metrics under its own ids; point every metric at the
  // first part's definition of the same name, so the portfolio has one catalogue.
  const definitionByName = new Map(first.metricDefinitions.map((d) => [d.name, d]));
  const merged: PortfolioData = {
    ...first,
    people: [...first.people],
    pilots: [...first.pilots],
    agents: [...first.agents],
    assignments: [...first.assignments],
    supervisionLogs: [...first.supervisionLogs],
    metricDefinitions: [...first.metricDefinitions],
    metrics: [...first.metrics],
    series: [...first.series],
    decisions: [...first.decisions],
    lessons: [...first.lessons],
    history: [],
  };
  for (const part of rest) {
    const definitionId = new Map<string, string>();
    for (const d of part.metricDefinitions) {
      const existing = definitionByName.get(d.name);
      if (existing) {
        definitionId.set(d.id, existing.id);
      } else {
        definitionByName.set(d.name, d);
        merged.metricDefinitions.push(d);
      }
    }
    merged.people.push(...part.people);
    merged.pilots.push(...part.pilots);
    merged.agents.push(...part.agents);
    merged.assignments.push(...part.assignments);
    merged.supervisionLogs.push(...part.supervisionLogs);
    for (const m of part.metrics) {
      const id =
        m.definitionId === null ? null : (definitionId.get(m.definitionId) ?? m.definitionId);
      merged.metrics.push({ ...m, definitionId: id });
    }
    merged.series.push(...part.series);
    merged.decisions.push(...part.decisions);
    merged.lessons.push(...part.lessons);
  }
  return merged;
}

/**
 * The sample has about two metrics a pilot; QUALITY.md's dashboard benchmark asks for ten (500
 * pilots, 5,000 metrics). Each metric becomes k metrics of the same pilot and kind ("Name",
 * "Name (2)", …, k chosen so there are `metrics` in all), its measurements dealt out in turn
 * (day i to part i mod k): every part spans the same period at a sparser cadence, and the total
 * number of measurements is unchanged.
 */
function splitMetrics(data: PortfolioData, metrics: number): PortfolioData {
  const have = data.metrics.length;
  if (metrics < have) throw new RangeError(`the sample already has ${have} metrics`);
  const seriesOf = new Map(data.series.map((s) => [s.metricId, s]));
  const outMetrics: PortfolioData['metrics'] = [];
  const outSeries: PortfolioData['series'] = [];
  data.metrics.forEach((metric, index) => {
    const parts = Math.floor(metrics / have) + (index < metrics % have ? 1 : 0);
    const series = seriesOf.get(metric.id);
    for (let part = 0; part < parts; part++) {
      const id = part === 0 ? metric.id : newId();
      outMetrics.push(
        part === 0 ? metric : { ...metric, id, name: `${metric.name} (${part + 1})` },
      );
      if (!series) continue;
      const days: number[] = [];
      const values: number[] = [];
      const notes: Record<string, string> = {};
      for (let i = part; i < series.days.length; i += parts) {
        const day = series.days[i] ?? 0;
        days.push(day);
        values.push(series.values[i] ?? 0);
        const note = series.notes[String(day)];
        if (note !== undefined) notes[String(day)] = note;
      }
      outSeries.push({
        ...series,
        metricId: id,
        days: Float64Array.from(days),
        values: Float64Array.from(values),
        notes,
      });
    }
  });
  return { ...data, metrics: outMetrics, series: outSeries };
}

async function seedSample(
  pilots: number,
  options: {
    measurementsTarget: number | null;
    metrics: number | null;
    copies: number;
    names: boolean;
  },
): Promise<SeedResult> {
  const started = performance.now();
  const generatedSample = generatePilots(pilots, options.measurementsTarget);
  // The generator still writes a few recent measurements at a target of 0; "none" means none.
  const sample =
    options.measurementsTarget === 0 ? { ...generatedSample, series: [] } : generatedSample;
  const data = options.metrics === null ? sample : splitMetrics(sample, options.metrics);
  const generated = performance.now();
  const entries = [];
  for (let i = 0; i < options.copies; i++) {
    const suffix = options.copies > 1 ? ` (${i + 1})` : '';
    entries.push(await createPortfolio({ name: `Bench ${pilots} pilots${suffix}`, data }));
  }
  const entry = entries[entries.length - 1];
  if (!entry) throw new Error('copies must be at least 1');
  await setLastOpened(entry.id);
  const measurements = data.series.reduce((n, s) => n + s.days.length, 0);
  const pilotName = new Map(data.pilots.map((p) => [p.id, p.name]));
  return {
    ok: true,
    portfolioId: entry.id,
    portfolioIds: entries.map((e) => e.id),
    dbName: entry.dbName,
    pilots: data.pilots.length,
    metrics: data.metrics.length,
    measurements,
    metricNames: options.names
      ? data.metrics.map((m) => ({ pilot: pilotName.get(m.pilotId) ?? '', metric: m.name }))
      : undefined,
    generateMs: Math.round(generated - started),
    writeMs: Math.round(performance.now() - generated),
  };
}

/**
 * One pilot, one metric, `count` consecutive daily measurements ending today: a seeded random
 * walk, so the line has real shape (extremes a downsampler must keep) and is the same every run.
 */
async function seedChart(count: number): Promise<SeedResult> {
  const entry = await createPortfolio({ name: `Bench chart ${count}` });
  const db = openPortfolio(entry);
  await db.open();
  const pilot = await createPilot(db, {
    name: 'Claims triage assistant',
    stage: 'pilot',
    businessUnit: 'Operations',
    startDate: dayToIso(isoToDay(TODAY) - count),
  });
  const metric = await createMetric(db, {
    name: 'Claims handled per day',
    pilotId: pilot.id,
    unit: 'claims',
    kind: 'outcome',
    direction: 'higher',
    cadence: 'weekly',
    baseline: 100,
    target: 140,
  });
  const random = Random.derive(20_240_611, 'bench-chart');
  const first = isoToDay(TODAY) - count + 1;
  const rows: MeasurementRow[] = new Array<MeasurementRow>(count);
  let level = 100;
  for (let i = 0; i < count; i++) {
    level = Math.max(0, level + random.normal() * 2 + 0.01);
    rows[i] = { date: dayToIso(first + i), value: Math.round(level * 10) / 10 };
  }
  await addMeasurementsBulk(db, metric.id, rows);
  await setLastOpened(entry.id);
  db.close();
  return { ok: true, portfolioId: entry.id, pilotId: pilot.id, pilots: 1, measurements: count };
}

function countParam(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name} must be a positive integer`);
  return n;
}

async function seed(): Promise<SeedResult> {
  const started = performance.now();
  const params = new URLSearchParams(location.search);
  const pilots = countParam(params, 'pilots');
  const measurements = countParam(params, 'measurements');
  const open = params.get('open');
  let result: SeedResult;
  if (open !== null) {
    await setLastOpened(open);
    result = { ok: true, portfolioId: open };
  } else if (pilots !== null) {
    const target = params.get('measurementsTarget');
    const measurementsTarget = target === null ? null : Number(target);
    if (
      measurementsTarget !== null &&
      !(Number.isInteger(measurementsTarget) && measurementsTarget >= 0)
    ) {
      throw new RangeError('measurementsTarget must be a whole number ≥ 0');
    }
    result = await seedSample(pilots, {
      measurementsTarget,
      metrics: countParam(params, 'metrics'),
      copies: countParam(params, 'copies') ?? 1,
      names: params.get('names') === '1',
    });
  } else if (measurements !== null) result = await seedChart(measurements);
  else throw new Error('Say what to seed: ?pilots=N, ?measurements=N or ?open=ID');
  return { ...result, ms: Math.round(performance.now() - started) };
}

const status = document.getElementById('status');
seed().then(
  (result) => {
    window.__benchSeed = result;
    if (status) status.textContent = JSON.stringify(result);
    document.title = 'seeded';
  },
  (error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    window.__benchSeed = { ok: false, error: message };
    if (status) status.textContent = message;
    document.title = 'seed-failed';
  },
);
