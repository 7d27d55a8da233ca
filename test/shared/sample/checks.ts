/**
 * Checks shared by the sample tests: what a portfolio must satisfy for the app to load it and for
 * the demo to show what it is meant to show.
 */
import type { Agent, MeasurementSeries, Metric, PortfolioData } from '../../../shared/model';

/** Plain-array form of the data, for byte comparisons (typed arrays stringify as objects). */
export function toJson(data: PortfolioData): string {
  return JSON.stringify({
    ...data,
    series: data.series.map((s) => ({
      ...s,
      days: Array.from(s.days),
      values: Array.from(s.values),
    })),
  });
}

export function totalMeasurements(data: PortfolioData): number {
  return data.series.reduce((n, s) => n + s.days.length, 0);
}

/** Every dangling reference, as readable strings (empty when the data is consistent). */
export function integrityProblems(data: PortfolioData): string[] {
  const problems: string[] = [];
  const people = new Set(data.people.map((p) => p.id));
  const pilots = new Map(data.pilots.map((p) => [p.id, p]));
  const agents = new Set(data.agents.map((a) => a.id));
  const assignments = new Set(data.assignments.map((a) => a.id));
  const definitions = new Set(data.metricDefinitions.map((d) => d.id));
  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  const decisions = new Map(data.decisions.map((d) => [d.id, d]));
  const person = (id: string | null, what: string): void => {
    if (id !== null && !people.has(id)) problems.push(`${what} → unknown person ${id}`);
  };

  for (const p of data.pilots) {
    person(p.sponsorId, `pilot ${p.name} sponsor`);
    person(p.leadId, `pilot ${p.name} lead`);
  }
  for (const a of data.agents) person(a.ownerId, `agent ${a.name} owner`);
  for (const a of data.assignments) {
    if (!agents.has(a.agentId)) problems.push(`assignment ${a.id} → unknown agent`);
    if (!pilots.has(a.pilotId)) problems.push(`assignment ${a.id} → unknown pilot`);
    person(a.supervisorId, `assignment ${a.id} supervisor`);
    a.servedPersonIds.forEach((id) => person(id, `assignment ${a.id} served`));
  }
  for (const l of data.supervisionLogs) {
    if (!assignments.has(l.assignmentId)) problems.push(`log ${l.id} → unknown assignment`);
  }
  for (const m of data.metrics) {
    if (!pilots.has(m.pilotId)) problems.push(`metric ${m.name} → unknown pilot`);
    if (m.definitionId !== null && !definitions.has(m.definitionId)) {
      problems.push(`metric ${m.name} → unknown definition`);
    }
  }
  const seriesPerMetric = new Map<string, number>();
  for (const s of data.series) {
    const m = metrics.get(s.metricId);
    if (!m) problems.push(`series → unknown metric ${s.metricId}`);
    else if (m.pilotId !== s.pilotId) problems.push(`series of ${m.name} → wrong pilot`);
    seriesPerMetric.set(s.metricId, (seriesPerMetric.get(s.metricId) ?? 0) + 1);
  }
  for (const m of data.metrics) {
    if (seriesPerMetric.get(m.id) !== 1) problems.push(`metric ${m.name} has no single series`);
  }
  for (const d of data.decisions) {
    if (!pilots.has(d.pilotId)) problems.push(`decision ${d.id} → unknown pilot`);
    for (const e of d.evidence?.metrics ?? []) {
      if (metrics.get(e.metricId)?.pilotId !== d.pilotId) {
        problems.push(`decision ${d.id} evidence → metric of another pilot`);
      }
    }
  }
  for (const l of data.lessons) {
    if (!pilots.has(l.pilotId)) problems.push(`lesson ${l.title} → unknown pilot`);
    if (l.decisionId !== null && decisions.get(l.decisionId)?.pilotId !== l.pilotId) {
      problems.push(`lesson ${l.title} → decision of another pilot`);
    }
  }
  const ids = [
    data.settings.id,
    ...[
      data.people,
      data.pilots,
      data.agents,
      data.assignments,
      data.supervisionLogs,
      data.metricDefinitions,
      data.metrics,
      data.decisions,
      data.lessons,
    ].flatMap((list: { id: string }[]) => list.map((r) => r.id)),
  ];
  if (new Set(ids).size !== ids.length) problems.push('ids are not unique');
  return problems;
}

/** Days ascending and whole, one value each, notes on measured days: what the storage assumes. */
export function seriesProblems(series: MeasurementSeries): string | null {
  const { days, values } = series;
  if (days.length !== values.length) return 'days and values differ in length';
  for (let i = 0; i < days.length; i++) {
    const d = days[i] ?? NaN;
    if (!Number.isInteger(d)) return `day ${d} is not whole`;
    if (i > 0 && d <= (days[i - 1] ?? Infinity)) return `days not ascending at ${i}`;
    if (!Number.isFinite(values[i])) return `value ${i} not finite`;
  }
  const measured = new Set(Array.from(days));
  for (const key of Object.keys(series.notes)) {
    if (!measured.has(Number(key))) return `note on unmeasured day ${key}`;
  }
  return null;
}

/** Progress of a metric's recent values (mean of the last few) from baseline towards target. */
export function recentProgress(metric: Metric, series: MeasurementSeries, last = 6): number {
  const n = Math.min(last, series.values.length);
  if (n === 0) return 0;
  let sum = 0;
  for (let i = series.values.length - n; i < series.values.length; i++)
    sum += series.values[i] ?? 0;
  return (sum / n - metric.baseline) / (metric.target - metric.baseline);
}

/** Pilots whose activity metrics climbed while no outcome moved: "busy but not better". */
export function busyButNotBetter(data: PortfolioData): string[] {
  const seriesOf = new Map(data.series.map((s) => [s.metricId, s]));
  return data.pilots
    .filter((p) => {
      const metrics = data.metrics.filter((m) => m.pilotId === p.id);
      const progress = (m: Metric): number => {
        const s = seriesOf.get(m.id);
        return s ? recentProgress(m, s) : 0;
      };
      const outcomes = metrics.filter((m) => m.kind === 'outcome');
      const activities = metrics.filter((m) => m.kind === 'activity');
      return (
        outcomes.length > 0 &&
        outcomes.every((m) => Math.abs(progress(m)) < 0.25) &&
        activities.some((m) => progress(m) >= 0.5)
      );
    })
    .map((p) => p.name);
}

function nameWords(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4),
  );
}

/**
 * Pairs of different agents, working in different pilots, that share at least half their
 * capabilities and a word of their name: what a duplicate finder should flag.
 */
export function nearDuplicateAgents(data: PortfolioData): [Agent, Agent][] {
  const pilotsOf = new Map<string, Set<string>>();
  for (const a of data.assignments) {
    const set = pilotsOf.get(a.agentId) ?? new Set<string>();
    set.add(a.pilotId);
    pilotsOf.set(a.agentId, set);
  }
  const pairs: [Agent, Agent][] = [];
  data.agents.forEach((a, i) => {
    for (const b of data.agents.slice(i + 1)) {
      const pa = pilotsOf.get(a.id) ?? new Set();
      const pb = pilotsOf.get(b.id) ?? new Set();
      if (pa.size === 0 || pb.size === 0 || [...pa].some((p) => pb.has(p))) continue;
      const shared = a.capabilities.filter((c) => b.capabilities.includes(c)).length;
      const union = new Set([...a.capabilities, ...b.capabilities]).size;
      const words = nameWords(a.name);
      const sameWord = [...nameWords(b.name)].some((w) => words.has(w));
      if (shared / union >= 0.5 && sameWord) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** Supervisors whose weekly hours on active assignments exceed their capacity. */
export function overloadedSupervisors(data: PortfolioData, today: string): string[] {
  const load = new Map<string, number>();
  for (const a of data.assignments) {
    if (!a.supervisorId || (a.endDate !== null && a.endDate < today)) continue;
    load.set(a.supervisorId, (load.get(a.supervisorId) ?? 0) + a.supervisionHoursPerWeek);
  }
  return data.people
    .filter((p) => {
      const capacity = p.oversightCapacityHours ?? data.settings.supervisorDefaultCapacityHours;
      return (load.get(p.id) ?? 0) > capacity;
    })
    .map((p) => p.name);
}
