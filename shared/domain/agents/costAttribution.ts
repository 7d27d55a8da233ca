import { isoToDay } from '../../dates';
import type { Agent, Assignment, Person, SupervisionLog } from '../../model';
import type { AgentCostShare } from '../cost';
import { dayOfTimestamp } from './activity';
import { monthsBetween, runningCostOfDay } from './assignmentMonths';

export const COST_RULE_SENTENCES = [
  'Build cost: an agent’s one-off build cost is split equally among the pilots it has been ' +
    'assigned to (an agent in 3 pilots charges each a third).',
  'Running cost: its monthly running cost for every month (or part of a month) of the ' +
    'assignment — from its start date (or the day it was recorded) to its end date or today, ' +
    'whichever is earlier — split equally among the pilots the agent works in on each day.',
  'Supervision: the hours logged, plus the planned hours per week for the days no log covers, × ' +
    'the supervisor’s hourly cost (or the portfolio’s supervision hourly cost).',
] as const;

/** One assignment's cost to its pilot, with the figures behind it. */
export interface AttributedAgentCost extends AgentCostShare {
  assignmentId: string;
  agentId: string;
  /** How many pilots the agent's build cost is split among. */
  pilotsSharingBuild: number;
  /** The running cost before sharing: the agent's monthly cost × `months`. */
  unsharedRunningCost: number;
  from: string;
  to: string;
  loggedHours: number;
  /** Hours assumed from the plan for days without a log. */
  plannedHours: number;
}

export interface AttributionInput {
  pilotId: string;
  /** Every assignment of every agent that works in the pilot: the build split needs the others. */
  assignments: readonly Assignment[];
  agents: ReadonlyMap<string, Agent>;
  /** Supervision logs of the pilot's assignments (others are ignored). */
  logs: readonly SupervisionLog[];
  people: ReadonlyMap<string, Person>;
  supervisionHourlyCost: number;
  today: string;
}

/**
 * Days of [from, to] (day numbers, inclusive) that no interval in `covered` (pairs of start and
 * end days, inclusive) touches. A count of whole days: any correct sweep gives the same. This one
 * allocates nothing per interval but two numbers: it runs once per assignment, on its logs.
 */
function uncoveredDays(from: number, to: number, covered: readonly SupervisionLog[]): number {
  if (to < from) return 0;
  // The intervals clipped to [from, to], by start (insertion sort: an assignment has a few
  // dozen logs at most).
  const starts = new Float64Array(covered.length);
  const ends = new Float64Array(covered.length);
  let n = 0;
  for (const log of covered) {
    const s = Math.max(isoToDay(log.periodStart), from);
    const e = Math.min(isoToDay(log.periodEnd), to);
    if (s > e) continue;
    let i = n;
    for (; i > 0 && (starts[i - 1] ?? 0) > s; i -= 1) {
      starts[i] = starts[i - 1] ?? 0;
      ends[i] = ends[i - 1] ?? 0;
    }
    starts[i] = s;
    ends[i] = e;
    n += 1;
  }
  let free = 0;
  let cursor = from;
  for (let i = 0; i < n; i += 1) {
    const s = starts[i] ?? 0;
    if (s > cursor) free += s - cursor;
    cursor = Math.max(cursor, (ends[i] ?? 0) + 1);
  }
  if (cursor <= to) free += to - cursor + 1;
  return free;
}

/** An assignment's days, as day numbers, in the pilot it works in. */
interface Span {
  pilotId: string;
  start: number;
  /** Inclusive; an open end runs on (callers stop at today). */
  end: number;
}

function spanOf(a: Assignment): Span {
  return {
    pilotId: a.pilotId,
    start: isoToDay(a.startDate ?? dayOfTimestamp(a.createdAt)),
    end: a.endDate === null ? Number.POSITIVE_INFINITY : isoToDay(a.endDate),
  };
}

const MS_PER_DAY = 86_400_000;

function lastDayOfMonth(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / MS_PER_DAY;
}

/**
 * `cost` plus each day of [first, last]'s running cost ÷ `pilots` ÷ `share`. Added one day at a
 * time, in order, like the rule's day-by-day reading: the total is that reading's to the last bit,
 * while the day's figure is worked out once a month rather than once a day.
 */
function addDays(
  cost: number,
  monthlyCost: number,
  first: number,
  last: number,
  pilots: number,
  share: number,
): number {
  let total = cost;
  for (let day = first; day <= last;) {
    const monthEnd = Math.min(last, lastDayOfMonth(day));
    const perDay = runningCostOfDay(monthlyCost, day) / pilots / share;
    for (; day <= monthEnd; day += 1) total += perDay;
  }
  return total;
}

/**
 * The running cost over [from, to] borne by one assignment in `pilotId`: each day costs the
 * monthly cost ÷ the days of its month, divided among the distinct pilots the agent works in that
 * day; two assignments of the agent in this pilot at once halve the pilot's share. `spans` are
 * all the agent's assignments, the one being costed among them.
 *
 * A sweep over the days where one of the agent's assignments starts or ends: between two of them
 * the pilots sharing the agent do not change (a day-by-day count made a set per day, and took
 * most of the Portfolio page's aggregation on large portfolios).
 */
function sharedRunningCost(
  monthlyCost: number,
  pilotId: string,
  from: number,
  to: number,
  spans: readonly Span[],
): number {
  if (to < from) return 0;
  const events: { day: number; pilotId: string; delta: 1 | -1 }[] = [];
  for (const span of spans) {
    const start = Math.max(span.start, from);
    const after = Math.min(span.end, to) + 1;
    if (start >= after) continue;
    events.push({ day: start, pilotId: span.pilotId, delta: 1 });
    events.push({ day: after, pilotId: span.pilotId, delta: -1 });
  }
  events.sort((a, b) => a.day - b.day);
  // Assignments of the agent running on the current day, by pilot.
  const running = new Map<string, number>();
  let cost = 0;
  let next = 0;
  for (let day = from; day <= to;) {
    for (; next < events.length; next += 1) {
      const event = events[next];
      if (!event || event.day > day) break;
      const count = (running.get(event.pilotId) ?? 0) + event.delta;
      if (count === 0) running.delete(event.pilotId);
      else running.set(event.pilotId, count);
    }
    const until = Math.min(to + 1, events[next]?.day ?? Number.POSITIVE_INFINITY);
    const inThisPilot = running.get(pilotId) ?? 0;
    const pilots = running.size + (inThisPilot > 0 ? 0 : 1);
    cost = addDays(cost, monthlyCost, day, until - 1, pilots, Math.max(1, inThisPilot));
    day = until;
  }
  return cost;
}

/** An assignment's cost to its pilot without what needs the supervision logs (see splitting below). */
export interface AgentCostWithoutLogs {
  assignment: Assignment;
  agent: Agent;
  pilotsSharingBuild: number;
  buildCostShare: number;
  from: string;
  to: string;
  months: number;
  /** The running cost shared as the rule says, over `months`. */
  running: number;
}

/**
 * The part of attributeAgentCosts that needs no supervision log: build and running cost. The
 * portfolio's aggregation works it out while the logs, thousands of records, are still being read.
 */
export function agentCostsWithoutLogs(
  input: Pick<AttributionInput, 'pilotId' | 'assignments' | 'agents' | 'today'>,
): AgentCostWithoutLogs[] {
  const pilotsOfAgent = new Map<string, Set<string>>();
  for (const a of input.assignments) {
    const set = pilotsOfAgent.get(a.agentId) ?? new Set<string>();
    set.add(a.pilotId);
    pilotsOfAgent.set(a.agentId, set);
  }
  const spansOfAgent = new Map<string, Span[]>();
  for (const a of input.assignments) {
    const spans = spansOfAgent.get(a.agentId);
    if (spans) spans.push(spanOf(a));
    else spansOfAgent.set(a.agentId, [spanOf(a)]);
  }
  const mine = input.assignments.filter((a) => a.pilotId === input.pilotId);
  const inPilotCount = new Map<string, number>();
  for (const a of mine) inPilotCount.set(a.agentId, (inPilotCount.get(a.agentId) ?? 0) + 1);

  const result: AgentCostWithoutLogs[] = [];
  for (const a of mine) {
    const agent = input.agents.get(a.agentId);
    if (!agent) continue;
    const pilots = pilotsOfAgent.get(a.agentId)?.size ?? 1;
    const from = a.startDate ?? dayOfTimestamp(a.createdAt);
    const to = a.endDate !== null && a.endDate < input.today ? a.endDate : input.today;
    result.push({
      assignment: a,
      agent,
      pilotsSharingBuild: pilots,
      // Two assignments of one agent in the same pilot split that pilot's share between them.
      buildCostShare: agent.buildCost / pilots / (inPilotCount.get(a.agentId) ?? 1),
      from,
      to,
      months: monthsBetween(from, to),
      running: sharedRunningCost(
        agent.monthlyRunningCost,
        input.pilotId,
        isoToDay(from),
        isoToDay(to),
        spansOfAgent.get(a.agentId) ?? [],
      ),
    });
  }
  return result;
}

/** agentCostsWithoutLogs' costs completed with the supervision the logs show. */
export function withSupervision(
  costs: readonly AgentCostWithoutLogs[],
  input: Pick<AttributionInput, 'logs' | 'people' | 'supervisionHourlyCost'>,
): AttributedAgentCost[] {
  return costs.map((cost): AttributedAgentCost => {
    const { assignment: a, agent, from, to, months, running } = cost;
    const logs = input.logs.filter((l) => l.assignmentId === a.id);
    const loggedHours = logs.reduce((s, l) => s + l.hoursSpent, 0);
    const free = uncoveredDays(isoToDay(from), isoToDay(to), logs);
    const plannedHours = (a.supervisionHoursPerWeek * free) / 7;
    const supervisor = a.supervisorId ? input.people.get(a.supervisorId) : undefined;
    return {
      assignmentId: a.id,
      agentId: a.agentId,
      pilotsSharingBuild: cost.pilotsSharingBuild,
      unsharedRunningCost: agent.monthlyRunningCost * months,
      from,
      to,
      loggedHours,
      plannedHours,
      buildCostShare: cost.buildCostShare,
      // AgentCostShare multiplies these two: the average shared cost per month × the months.
      monthlyRunningCost: months > 0 ? running / months : agent.monthlyRunningCost,
      months,
      supervisionHours: loggedHours + plannedHours,
      supervisionHourlyCost: supervisor?.hourlyCost ?? input.supervisionHourlyCost,
    };
  });
}

/**
 * The agents' costs attributed to one pilot, one entry per assignment in it (see
 * COST_RULE_SENTENCES). Each entry is an AgentCostShare, which is what `evaluatePilot` adds into
 * the pilot's cost and ROI.
 */
export function attributeAgentCosts(input: AttributionInput): AttributedAgentCost[] {
  return withSupervision(agentCostsWithoutLogs(input), input);
}
