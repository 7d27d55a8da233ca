import { describe, expect, it } from 'vitest';
import { pilotRecord as pilot } from './pilotRecord';
import { PILOT_STAGES } from '@shared/model';
import type { PilotsTableState } from '../../../renderer/app/uiStore';
import {
  isReviewOverdue,
  pilotOrder,
  sortPilotRows,
  STAGE_RANK,
  toPilotRows,
  viewPilotRows,
  type PilotRow,
} from '../../../renderer/features/pilots/pilotRows';

const ALL: PilotsTableState = { search: '', stage: '', businessUnit: '', sorting: [] };
const names = (rows: PilotRow[]) => rows.map((r) => r.name);

describe('toPilotRows', () => {
  it('keeps only what the table shows, and names sponsors and leads', () => {
    const people = new Map([['p1', 'Ana']]);
    const [row] = toPilotRows(
      [
        pilot('a', {
          name: 'Invoice triage',
          summary: 'Reads invoices',
          problem: 'Long text the table never shows',
          sponsorId: 'p1',
          leadId: 'gone',
          stage: 'pilot',
          businessUnit: 'Finance',
          nextReviewDate: '2026-03-01',
          budget: 1200,
          fte: 1.5,
          tags: ['ocr'],
        }),
      ],
      people,
    );
    expect(row).toEqual({
      id: 'a',
      name: 'Invoice triage',
      summary: 'Reads invoices',
      stage: 'pilot',
      businessUnit: 'Finance',
      sponsorName: 'Ana',
      leadName: '',
      nextReviewDate: '2026-03-01',
      budget: 1200,
      fte: 1.5,
      tags: ['ocr'],
    });
  });

  it('flags a review overdue unless the pilot has ended', () => {
    const rows = toPilotRows(
      [
        pilot('a', { nextReviewDate: '2026-03-01' }),
        pilot('b', { nextReviewDate: '2026-03-01', stage: 'scaled' }),
        pilot('c', { nextReviewDate: '2026-03-02' }),
        pilot('d'),
      ],
      new Map(),
    );
    expect(rows.map((r) => isReviewOverdue(r, '2026-03-02'))).toEqual([true, false, false, false]);
  });
});

describe('STAGE_RANK', () => {
  it("ranks the stages in the model's order", () => {
    expect(PILOT_STAGES.map((stage) => STAGE_RANK[stage])).toEqual([0, 1, 2, 3, 4]);
    expect(Object.keys(STAGE_RANK)).toHaveLength(PILOT_STAGES.length);
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

  it('takes rows in an order worked out ahead when it is for the same sorting', () => {
    const byName = [{ id: 'name', desc: false }];
    const presorted = pilotOrder(rows, byName);
    expect(names(viewPilotRows(rows, { ...ALL, sorting: byName }, presorted))).toEqual([
      'Ärzte desk',
      'pilot 2',
      'Pilot 3',
      'Pilot 10',
    ]);
    // Filtering keeps that order; another sorting (or none) does not use it.
    expect(
      names(viewPilotRows(rows, { ...ALL, sorting: byName, stage: 'pilot' }, presorted)),
    ).toEqual(['Ärzte desk', 'pilot 2']);
    expect(names(viewPilotRows(rows, ALL, presorted))).toEqual(names(viewPilotRows(rows, ALL)));
    const byBudget = { ...ALL, sorting: [{ id: 'budget', desc: true }] };
    expect(names(viewPilotRows(rows, byBudget, presorted))).toEqual(
      names(viewPilotRows(rows, byBudget)),
    );
  });

  it('orders indexes exactly as sorting the rows would', () => {
    const sorting = [
      { id: 'budget', desc: true },
      { id: 'name', desc: false },
    ];
    const { order } = pilotOrder(rows, sorting);
    expect(names(Array.from(order, (i) => rows[i] as PilotRow))).toEqual(
      names(sortPilotRows([...rows], sorting)),
    );
  });

  it('leaves the rows it was given as they were', () => {
    const before = names(rows);
    viewPilotRows(rows, { ...ALL, sorting: [{ id: 'name', desc: false }] });
    expect(names(rows)).toEqual(before);
  });
});
