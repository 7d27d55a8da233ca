import type { Agent, Assignment, Person, SupervisionLog } from '@shared/model';

const T = '2026-01-05T09:00:00.000Z';
let counter = 0;

/** A readable, unique UUID-shaped id per call, so failures name the record. */
export function id(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function person(fields: Partial<Person> & Pick<Person, 'name'>): Person {
  return {
    id: id(),
    createdAt: T,
    updatedAt: T,
    role: 'worker',
    team: '',
    email: '',
    hourlyCost: null,
    oversightCapacityHours: null,
    ...fields,
  };
}

export function agent(fields: Partial<Agent> & Pick<Agent, 'name'>): Agent {
  return {
    id: id(),
    createdAt: T,
    updatedAt: T,
    purpose: '',
    capabilities: [],
    platform: '',
    ownerId: null,
    status: 'active',
    buildCost: 0,
    monthlyRunningCost: 0,
    ...fields,
  };
}

export function assignment(
  fields: Partial<Assignment> & Pick<Assignment, 'agentId' | 'pilotId'>,
): Assignment {
  return {
    id: id(),
    createdAt: T,
    updatedAt: T,
    servedPersonIds: [],
    supervisorId: null,
    supervisionHoursPerWeek: 0,
    startDate: null,
    endDate: null,
    ...fields,
  };
}

export function log(
  assignmentId: string,
  periodStart: string,
  periodEnd: string,
  figures: { reviewed?: number; corrected?: number; hours?: number },
): SupervisionLog {
  return {
    id: id(),
    createdAt: T,
    updatedAt: T,
    assignmentId,
    periodStart,
    periodEnd,
    itemsReviewed: figures.reviewed ?? 0,
    itemsCorrected: figures.corrected ?? 0,
    hoursSpent: figures.hours ?? 0,
  };
}
