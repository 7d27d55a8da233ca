import { dayToIso, isoToDay } from '../dates';
import type { MeasurementSeries } from '../model';
import { BASELINE_NOTE, GO_LIVE_NOTES, HOLIDAY_NOTE, STORY_NOTES } from './catalogue/narratives';
import type { Story } from './catalogue/pilots';
import { mondayOnOrBefore, stampOn } from './clock';
import type { PlannedMetric } from './metrics';
import type { Random } from './random';

/** Weeks a successful pilot takes to reach its target; it then holds there. */
export const SUCCESS_RAMP_WEEKS = [14, 22] as const;
/** Fewest and most points a weekly series gets when stretched or shrunk to the requested total. */
const MIN_POINTS = 3;
/** About 60 years of weeks: keeps day numbers well inside the schema's bounds for absurd targets. */
const MAX_POINTS = 3_000;
/** Week-to-week persistence of noise: real weekly figures drift rather than jump independently. */
const AR = 0.35;
const AR_INNOVATION = Math.sqrt(1 - AR * AR);

/** Where a series sits in time: weekly on Mondays, or on the first of each month. */
interface Window {
  pm: PlannedMetric;
  /** Weekly: day of the last Monday measured. Monthly: the explicit days. */
  lastMonday: number;
  monthDays: number[] | null;
  count: number;
  /** Weekly series of established pilots stretch or shrink to meet the requested total. */
  flexible: boolean;
}

/** How progress from baseline towards target unfolds over the pilot, x from 0 (start) to 1. */
interface Curve {
  /** Saturating (1 - e^-kx, reaches its level early) or power (x^k, steady). */
  saturating: boolean;
  level: number;
  k: number;
  norm: number;
  /** Noise as a share of the baseline-to-target distance. */
  noise: number;
}

function curveFor(story: Story, activity: boolean, rng: Random): Curve {
  const make = (saturating: boolean, level: number, k: number, noise: number): Curve => ({
    saturating,
    level,
    k,
    norm: saturating ? 1 / (1 - Math.exp(-k)) : 1,
    noise,
  });
  if (activity) {
    // Use grows in every pilot; in a "busy" one it overshoots its target while outcomes stand still.
    if (story === 'busy') return make(true, rng.range(1.25, 1.7), rng.range(2, 3), 0.08);
    if (story === 'wrong' || story === 'flat') return make(true, rng.range(0.3, 0.8), 2.5, 0.1);
    return make(true, rng.range(0.5, 1.05), rng.range(2, 3.5), 0.1);
  }
  switch (story) {
    case 'success':
      return make(true, rng.range(0.92, 1.12), rng.range(3.5, 4.5), 0.12);
    case 'improving':
      return make(false, rng.range(0.4, 0.72), rng.range(0.8, 1.1), 0.3);
    case 'busy':
      return make(false, rng.range(-0.05, 0.08), 1, 0.18);
    case 'flat':
      return make(false, rng.range(-0.06, 0.06), 1, 0.18);
    case 'wrong':
      return make(false, -rng.range(0.3, 0.6), rng.range(0.9, 1.3), 0.22);
    case 'new':
    case 'idea':
      return make(false, rng.range(0, 0.25), 1, 0.3);
  }
}

/** First days of the months from `monthsBefore` months before `fromDay`'s month to `toDay`. */
function monthStarts(fromDay: number, toDay: number, monthsBefore: number): number[] {
  const from = new Date(fromDay * 86_400_000);
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth() - monthsBefore;
  const days: number[] = [];
  for (;;) {
    const day = Math.round(Date.UTC(y, m, 1) / 86_400_000);
    if (day > toDay) return days;
    days.push(day);
    m++;
    if (m > 11) [y, m] = [y + 1, 0];
  }
}

function planWindow(pm: PlannedMetric, todayDay: number, rng: Random): Window {
  const { plan } = pm.planned;
  const start = plan.startDay ?? todayDay;
  const last = plan.lastDay ?? todayDay;
  if (pm.metric.cadence !== 'weekly') {
    const monthDays = monthStarts(start, last, rng.int(2, 3));
    return { pm, lastMonday: last, monthDays, count: monthDays.length, flexible: false };
  }
  const lastMonday = mondayOnOrBefore(last);
  const firstAfterStart = mondayOnOrBefore(start) + 7;
  const post = lastMonday >= firstAfterStart ? (lastMonday - firstAfterStart) / 7 + 1 : 0;
  if (plan.story === 'new') {
    // A pilot a few weeks old: measurement has only just started.
    const count = Math.max(1, Math.min(post, rng.int(2, 4)));
    return { pm, lastMonday, monthDays: null, count, flexible: false };
  }
  // A few weeks measured before go-live establish the baseline.
  return { pm, lastMonday, monthDays: null, count: post + rng.int(4, 8), flexible: true };
}

/**
 * Stretches or shrinks the established weekly series so the total lands on the target: the extra
 * weeks are older history measured before the pilot (the baseline period), fewer weeks mean
 * measurement began later. Cumulative rounding spreads the remainder fairly.
 */
function allocate(windows: Window[], target: number): void {
  let fixed = 0;
  let natural = 0;
  for (const w of windows) {
    if (w.flexible) natural += w.count;
    else fixed += w.count;
  }
  if (natural === 0) return;
  const scale = Math.max(0, target - fixed) / natural;
  let acc = 0;
  let prev = 0;
  for (const w of windows) {
    if (!w.flexible) continue;
    acc += w.count * scale;
    const rounded = Math.round(acc);
    w.count = Math.min(MAX_POINTS, Math.max(MIN_POINTS, rounded - prev));
    prev = rounded;
  }
}

function fill(w: Window, rng: Random): MeasurementSeries {
  const { pm } = w;
  const { metric, spec, planned, rank } = pm;
  const { plan } = planned;
  const n = w.count;
  const days = new Float64Array(n);
  const values = new Float64Array(n);
  const start = plan.startDay ?? 0;
  const activity = metric.kind === 'activity';
  const lifetime = Math.max(7, (plan.lastDay ?? start) - start);
  // Success reaches target within a few months and holds; other stories unfold over the pilot's life.
  const span =
    plan.story === 'success' && !activity
      ? Math.min(lifetime, 7 * rng.int(SUCCESS_RAMP_WEEKS[0], SUCCESS_RAMP_WEEKS[1]))
      : lifetime;
  const curve = curveFor(plan.story, activity, rng);
  const delta = metric.target - metric.baseline;
  const sd = curve.noise * Math.abs(delta);
  const max = spec.max ?? Infinity;
  const f = spec.decimals === 0 ? 1 : spec.decimals === 1 ? 10 : 100;
  const baseline = metric.baseline;
  let noise = rng.normal();

  // One tight loop over typed arrays: at a million points, per-point objects would dominate.
  for (let i = 0; i < n; i++) {
    const day = w.monthDays ? (w.monthDays[i] ?? 0) : w.lastMonday - 7 * (n - 1 - i);
    days[i] = day;
    const x = (day - start) / span;
    let p = 0;
    if (x > 0) {
      const xc = x > 1 ? 1 : x;
      p = curve.saturating
        ? curve.level * (1 - Math.exp(-curve.k * xc)) * curve.norm
        : curve.level * Math.pow(xc, curve.k);
    }
    noise = AR * noise + AR_INNOVATION * rng.normal();
    let v = baseline + delta * p + sd * noise;
    if (v < 0) v = 0;
    else if (v > max) v = max;
    values[i] = Math.round(v * f) / f;
  }

  const notes: Record<string, string> = {};
  const firstPost = days.findIndex((d) => d > start);
  if (!activity) {
    if (rank === 0 && n > 0 && (days[0] ?? 0) <= start) notes[String(days[0])] = BASELINE_NOTE;
    if (rank === 0 && firstPost >= 0 && rng.chance(0.6)) {
      notes[String(days[firstPost])] = rng.pick(GO_LIVE_NOTES);
    }
    const storyNotes = STORY_NOTES[plan.story];
    if (firstPost >= 0 && n - firstPost > 4 && storyNotes.length > 0 && rng.chance(0.35)) {
      const at = rng.int(firstPost + 2, n - 1);
      notes[String(days[at])] = rng.pick(storyNotes);
    }
  } else if (!w.monthDays && n > 0) {
    addHolidayDips(days, values, notes, f);
  }

  const lastDay = n > 0 ? (days[n - 1] ?? 0) : (plan.lastDay ?? 0);
  return {
    metricId: metric.id,
    pilotId: metric.pilotId,
    days,
    values,
    notes,
    updatedAt: stampOn(lastDay, rng),
  };
}

/** Activity drops in the week around Christmas; the first such week carries a note saying why. */
function addHolidayDips(
  days: Float64Array,
  values: Float64Array,
  notes: Record<string, string>,
  f: number,
): void {
  const first = days[0] ?? 0;
  const last = days[days.length - 1] ?? 0;
  const fromYear = Number(dayToIso(first).slice(0, 4));
  const toYear = Number(dayToIso(last).slice(0, 4));
  let noted = false;
  for (let y = fromYear; y <= toYear; y++) {
    const monday = mondayOnOrBefore(isoToDay(`${y}-12-25`));
    const i = (monday - first) / 7;
    if (i < 0 || i >= days.length) continue;
    values[i] = Math.round((values[i] ?? 0) * 0.55 * f) / f;
    if (!noted) {
      notes[String(monday)] = HOLIDAY_NOTE;
      noted = true;
    }
  }
}

/**
 * One series per metric, in the metrics' order. Established weekly series are sized so that the
 * total comes to about `target` measurements.
 */
export function generateSeries(
  metrics: PlannedMetric[],
  todayDay: number,
  target: number,
  rng: Random,
): MeasurementSeries[] {
  const windows = metrics.map((pm) => planWindow(pm, todayDay, rng));
  allocate(windows, target);
  return windows.map((w) => fill(w, rng));
}
