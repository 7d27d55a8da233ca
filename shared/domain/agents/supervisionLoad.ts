import { addDaysIso, isoToDay } from '../../dates';
import type { Assignment, Person, SupervisionLog } from '../../model';
import { isAssignmentActive } from './activity';
import { compareText } from '../../text/compareText';

/** Logged hours are averaged over this many days ending today: four weeks. */
export const LOAD_WINDOW_DAYS = 28;

export const LOAD_RULE_SENTENCE =
  'Load per week = for each agent a person supervises, the larger of its planned supervision hours ' +
  'and the hours actually logged per week over the last 4 weeks — so planned work counts, plus ' +
  'any overrun the logs show. Overloaded means load above capacity.';

export interface AssignmentLoad {
  assignmentId: string;
  /** Planned hours per week, while the assignment is active; 0 once it ended. */
  planned: number;
  /** Average hours per week logged over the window. */
  logged: number;
  /** max(planned, logged). */
  load: number;
}

export interface SupervisorLoad {
  personId: string;
  /** Hours per week: the person's own oversight capacity, or the portfolio default. */
  capacity: number;
  capacityIsDefault: boolean;
  planned: number;
  logged: number;
  load: number;
  /** load ÷ capacity; null when the capacity is 0 (any load is then too much). */
  utilisation: number | null;
  overloaded: boolean;
  assignments: AssignmentLoad[];
}

export interface SupervisionLoadInput {
  people: readonly Person[];
  assignments: readonly Assignment[];
  logs: readonly SupervisionLog[];
  defaultCapacity: number;
  today: string;
}

export function effectiveCapacity(
  person: Pick<Person, 'oversightCapacityHours'>,
  defaultCapacity: number,
): number {
  return person.oversightCapacityHours ?? defaultCapacity;
}

/**
 * Hours per week the logs show over the window [from, to] (both inclusive). A log covering a
 * longer period than the window (a monthly log) counts in proportion to the days that fall inside
 * it, since its hours were spread over its whole period.
 */
export function loggedHoursPerWeek(
  logs: readonly Pick<SupervisionLog, 'periodStart' | 'periodEnd' | 'hoursSpent'>[],
  from: string,
  to: string,
): number {
  const fromDay = isoToDay(from);
  const toDay = isoToDay(to);
  const windowDays = toDay - fromDay + 1;
  if (windowDays <= 0) return 0;
  let hours = 0;
  for (const log of logs) {
    const start = isoToDay(log.periodStart);
    const end = isoToDay(log.periodEnd);
    const overlap = Math.min(end, toDay) - Math.max(start, fromDay) + 1;
    if (overlap <= 0) continue;
    hours += (log.hoursSpent * overlap) / (end - start + 1);
  }
  return (hours * 7) / windowDays;
}

/**
 * The logs that overlap [from, to] (ISO dates), by assignment. The others add nothing to
 * loggedHoursPerWeek: compared as strings (ISO dates sort as the days they name), a portfolio's
 * years of weekly logs are not each converted to day numbers for the four weeks that count.
 */
function byAssignment(
  logs: readonly SupervisionLog[],
  from: string,
  to: string,
): Map<string, SupervisionLog[]> {
  const map = new Map<string, SupervisionLog[]>();
  for (const log of logs) {
    if (log.periodEnd < from || log.periodStart > to) continue;
    const list = map.get(log.assignmentId);
    if (list) list.push(log);
    else map.set(log.assignmentId, [log]);
  }
  return map;
}

/**
 * Each supervisor's weekly load against capacity (see LOAD_RULE_SENTENCE). Everyone who
 * supervises an active assignment, or logged supervision in the window, is listed, and so is every
 * person whose role is "supervisor" (at zero load). Overloaded first, then by utilisation, then name.
 */
export function supervisorLoads(input: SupervisionLoadInput): SupervisorLoad[] {
  const from = addDaysIso(input.today, -(LOAD_WINDOW_DAYS - 1));
  const logsOf = byAssignment(input.logs, from, input.today);
  const perPerson = new Map<string, AssignmentLoad[]>();
  for (const a of input.assignments) {
    if (!a.supervisorId) continue;
    const active = isAssignmentActive(a, input.today);
    const logged = loggedHoursPerWeek(logsOf.get(a.id) ?? [], from, input.today);
    if (!active && logged === 0) continue;
    const planned = active ? a.supervisionHoursPerWeek : 0;
    const list = perPerson.get(a.supervisorId) ?? [];
    list.push({ assignmentId: a.id, planned, logged, load: Math.max(planned, logged) });
    perPerson.set(a.supervisorId, list);
  }

  const loads: (SupervisorLoad & { name: string })[] = [];
  for (const person of input.people) {
    const assignments = perPerson.get(person.id) ?? [];
    if (assignments.length === 0 && person.role !== 'supervisor') continue;
    const capacity = effectiveCapacity(person, input.defaultCapacity);
    const sum = (f: (a: AssignmentLoad) => number) => assignments.reduce((s, a) => s + f(a), 0);
    const load = sum((a) => a.load);
    loads.push({
      name: person.name,
      personId: person.id,
      capacity,
      capacityIsDefault: person.oversightCapacityHours === null,
      planned: sum((a) => a.planned),
      logged: sum((a) => a.logged),
      load,
      utilisation: capacity > 0 ? load / capacity : null,
      overloaded: load > capacity,
      assignments,
    });
  }
  const ratio = (l: SupervisorLoad) => l.utilisation ?? (l.load > 0 ? Infinity : 0);
  loads.sort(
    (a, b) =>
      Number(b.overloaded) - Number(a.overloaded) ||
      ratio(b) - ratio(a) ||
      compareText(a.name, b.name) ||
      compareText(a.personId, b.personId),
  );
  return loads.map(({ name: _name, ...load }) => load);
}
