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

/** Days of [from, to] (day numbers, inclusive) that no interval in `covered` touches. */
function uncoveredDays(from: number, to: number, covered: [number, number][]): number {
  if (to < from) return 0;
  const sorted = covered
    .map(([s, e]): [number, number] => [Math.max(s, from), Math.min(e, to)])
    .filter(([s, e]) => s <= e)
    .sort((a, b) => a[0] - b[0]);
  let free = 0;
  let cursor = from;
  for (const [s, e] of sorted) {
    if (s > cursor) free += s - cursor;
    cursor = Math.max(cursor, e + 1);
  }
  if (cursor <= to) free += to - cursor + 1;
  return free;
}

/** An assignment's days as day numbers; an open end runs on (callers stop at today). */
function spanOf(a: Assignment): [number, number] {
  return [
    isoToDay(a.startDate ?? dayOfTimestamp(a.createdAt)),
    a.endDate === null ? Number.POSITIVE_INFINITY : isoToDay(a.endDate),
  ];
}

/**
 * The running cost over [from, to] borne by one assignment in `pilotId`: each day costs the
 * monthly cost ÷ the days of its month, divided among the distinct pilots the agent works in that
 * day. `agentAssignments` are all the agent's assignments, the one being costed among them.
 */
function sharedRunningCost(
  monthlyCost: number,
  pilotId: string,
  from: number,
  to: number,
  agentAssignments: readonly Assignment[],
): number {
  const spans = agentAssignments.map((a) => ({ pilotId: a.pilotId, span: spanOf(a) }));
  let cost = 0;
  for (let day = from; day <= to; day += 1) {
    const pilots = new Set<string>([pilotId]);
    // The same agent assigned twice to this pilot at once: the two halve the pilot's share.
    let inThisPilot = 0;
    for (const { pilotId: other, span } of spans) {
      if (span[0] > day || day > span[1]) continue;
      pilots.add(other);
      if (other === pilotId) inThisPilot += 1;
    }
    cost += runningCostOfDay(monthlyCost, day) / pilots.size / Math.max(1, inThisPilot);
  }
  return cost;
}

/**
 * The agents' costs attributed to one pilot, one entry per assignment in it (see
 * COST_RULE_SENTENCES). Each entry is an AgentCostShare, which is what `evaluatePilot` adds into
 * the pilot's cost and ROI.
 */
export function attributeAgentCosts(input: AttributionInput): AttributedAgentCost[] {
  const pilotsOfAgent = new Map<string, Set<string>>();
  for (const a of input.assignments) {
    const set = pilotsOfAgent.get(a.agentId) ?? new Set<string>();
    set.add(a.pilotId);
    pilotsOfAgent.set(a.agentId, set);
  }
  const mine = input.assignments.filter((a) => a.pilotId === input.pilotId);
  const inPilotCount = new Map<string, number>();
  for (const a of mine) inPilotCount.set(a.agentId, (inPilotCount.get(a.agentId) ?? 0) + 1);

  const result: AttributedAgentCost[] = [];
  for (const a of mine) {
    const agent = input.agents.get(a.agentId);
    if (!agent) continue;
    const pilots = pilotsOfAgent.get(a.agentId)?.size ?? 1;
    // Two assignments of one agent in the same pilot split that pilot's share between them.
    const buildCostShare = agent.buildCost / pilots / (inPilotCount.get(a.agentId) ?? 1);
    const from = a.startDate ?? dayOfTimestamp(a.createdAt);
    const to = a.endDate !== null && a.endDate < input.today ? a.endDate : input.today;
    const months = monthsBetween(from, to);
    const running = sharedRunningCost(
      agent.monthlyRunningCost,
      input.pilotId,
      isoToDay(from),
      isoToDay(to),
      input.assignments.filter((other) => other.agentId === a.agentId),
    );

    const logs = input.logs.filter((l) => l.assignmentId === a.id);
    const loggedHours = logs.reduce((s, l) => s + l.hoursSpent, 0);
    const free = uncoveredDays(
      isoToDay(from),
      isoToDay(to),
      logs.map((l) => [isoToDay(l.periodStart), isoToDay(l.periodEnd)]),
    );
    const plannedHours = (a.supervisionHoursPerWeek * free) / 7;
    const supervisor = a.supervisorId ? input.people.get(a.supervisorId) : undefined;

    result.push({
      assignmentId: a.id,
      agentId: a.agentId,
      pilotsSharingBuild: pilots,
      unsharedRunningCost: agent.monthlyRunningCost * months,
      from,
      to,
      loggedHours,
      plannedHours,
      buildCostShare,
      // AgentCostShare multiplies these two: the average shared cost per month × the months.
      monthlyRunningCost: months > 0 ? running / months : agent.monthlyRunningCost,
      months,
      supervisionHours: loggedHours + plannedHours,
      supervisionHourlyCost: supervisor?.hourlyCost ?? input.supervisionHourlyCost,
    });
  }
  return result;
}
