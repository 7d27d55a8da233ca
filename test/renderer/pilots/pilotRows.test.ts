import { describe, expect, it } from 'vitest';
import type { Pilot } from '@shared/model';
import type { PilotsTableState } from '../../../renderer/app/uiStore';
import { toPilotRows, viewPilotRows } from '../../../renderer/features/pilots/pilotRows';

function pilot(id: string, fields: Partial<Pilot> = {}): Pilot {
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

const ALL: PilotsTableState = { search: '', stage: '', businessUnit: '', sorting: [] };
const names = (rows: { pilot: Pilot }[]) => rows.map((r) => r.pilot.name);

describe('toPilotRows', () => {
  it('names sponsors and leads, and flags a review overdue unless the pilot has ended', () => {
    const people = new Map([['p1', 'Ana']]);
    const rows = toPilotRows(
      [
        pilot('a', { sponsorId: 'p1', leadId: 'gone', nextReviewDate: '2026-03-01' }),
        pilot('b', { nextReviewDate: '2026-03-01', stage: 'scaled' }),
        pilot('c', { nextReviewDate: '2026-03-02' }),
      ],
      people,
      '2026-03-02',
    );
    expect(rows.map((r) => [r.sponsorName, r.leadName, r.reviewOverdue])).toEqual([
      ['Ana', '', true],
      ['', '', false],
      ['', '', false],
    ]);
  });
});

describe('viewPilotRows', () => {
  const rows = toPilotRows(
    [
      pilot('Pilot 10', { stage: 'scaled', businessUnit: 'Finance', budget: 500, fte: 2 }),
      pilot('pilot 2', { stage: 'pilot', businessUnit: 'finance', budget: 900, sponsorId: 's' }),
      pilot('Pilot 3', { stage: 'idea', businessUnit: 'Legal', budget: 500, tags: ['ocr'] }),
      pilot('Ärzte desk', { stage: 'pilot', nextReviewDate: '2026-04-01' }),
    ],
    new Map([['s', 'Sam Sponsor']]),
    '2026-01-01',
  );

  it('keeps the stored order when nothing sorts', () => {
    expect(names(viewPilotRows(rows, ALL))).toEqual([
      'Pilot 10',
      'pilot 2',
      'Pilot 3',
      'Ärzte desk',
    ]);
  });

  it('sorts names by their numbers, ignoring case and accents, either way', () => {
    const asc = viewPilotRows(rows, { ...ALL, sorting: [{ id: 'name', desc: false }] });
    expect(names(asc)).toEqual(['Ärzte desk', 'pilot 2', 'Pilot 3', 'Pilot 10']);
    const desc = viewPilotRows(rows, { ...ALL, sorting: [{ id: 'name', desc: true }] });
    expect(names(desc)).toEqual(['Pilot 10', 'Pilot 3', 'pilot 2', 'Ärzte desk']);
  });

  it('sorts by stage along the ladder, then by the next key; equal rows keep stored order', () => {
    const byStage = viewPilotRows(rows, { ...ALL, sorting: [{ id: 'stage', desc: false }] });
    expect(names(byStage)).toEqual(['Pilot 3', 'pilot 2', 'Ärzte desk', 'Pilot 10']);
    const byBudgetThenName = viewPilotRows(rows, {
      ...ALL,
      sorting: [
        { id: 'budget', desc: true },
        { id: 'name', desc: false },
      ],
    });
    expect(names(byBudgetThenName)).toEqual(['pilot 2', 'Pilot 3', 'Pilot 10', 'Ärzte desk']);
  });

  it('sorts reviews with no date first, and sponsors by name', () => {
    const byReview = viewPilotRows(rows, { ...ALL, sorting: [{ id: 'nextReview', desc: true }] });
    expect(names(byReview)[0]).toBe('Ärzte desk');
    const bySponsor = viewPilotRows(rows, { ...ALL, sorting: [{ id: 'sponsorName', desc: true }] });
    expect(names(bySponsor)[0]).toBe('pilot 2');
  });

  it('filters by stage and business unit ignoring case, and searches people and tags', () => {
    expect(names(viewPilotRows(rows, { ...ALL, stage: 'pilot' }))).toEqual([
      'pilot 2',
      'Ärzte desk',
    ]);
    expect(names(viewPilotRows(rows, { ...ALL, businessUnit: 'Finance' }))).toEqual([
      'Pilot 10',
      'pilot 2',
    ]);
    expect(names(viewPilotRows(rows, { ...ALL, search: '  sam SPONSOR ' }))).toEqual(['pilot 2']);
    expect(names(viewPilotRows(rows, { ...ALL, search: 'ocr' }))).toEqual(['Pilot 3']);
    expect(viewPilotRows(rows, { ...ALL, search: 'nobody' })).toEqual([]);
  });

  it('leaves the rows it was given as they were', () => {
    const before = names(rows);
    viewPilotRows(rows, { ...ALL, sorting: [{ id: 'name', desc: false }] });
    expect(names(rows)).toEqual(before);
  });
});
