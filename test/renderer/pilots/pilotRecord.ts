import type { Pilot } from '@shared/model';

/** A stored pilot with every field empty but its id (also its name) and `fields`. */
export function pilotRecord(id: string, fields: Partial<Pilot> = {}): Pilot {
  return {
    id,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    name: id,
    summary: '',
    problem: '',
    hypothesis: '',
    businessUnit: '',
    sponsorId: null,
    leadId: null,
    stage: 'idea',
    startDate: null,
    nextReviewDate: null,
    endDate: null,
    tags: [],
    budget: 0,
    fte: 0,
    agentSeats: 0,
    ...fields,
  };
}
