import { describe, expect, it } from 'vitest';
import { describeUpdate, diffFields, recordHistory } from '../../../renderer/db';
import { deleteOpenedDatabases, newDatabase } from './fixtures';

describe('diffFields', () => {
  it('lists changed fields only, deeply, and skips updatedAt', () => {
    const before = { name: 'A', tags: ['x', 'y'], stage: 'pilot', updatedAt: '1', budget: 5 };
    const after = { name: 'A', tags: ['x', 'y'], stage: 'scaling', updatedAt: '2', budget: 6 };
    expect(diffFields(before, after)).toEqual({ stage: ['pilot', 'scaling'], budget: [5, 6] });
  });

  it('sees nested objects, added and removed keys', () => {
    expect(
      diffFields({ gate: { minRoi: 1.5 }, note: 'a' }, { gate: { minRoi: 2 }, extra: true }),
    ).toEqual({
      gate: [{ minRoi: 1.5 }, { minRoi: 2 }],
      note: ['a', undefined],
      extra: [undefined, true],
    });
  });
});

describe('describeUpdate', () => {
  it('turns changes into the sentences the History tab shows', () => {
    expect(describeUpdate('pilot', 'X', { stage: ['pilot', 'scaling'] })).toBe(
      'Changed stage of “X” from pilot to scaling',
    );
    expect(describeUpdate('pilot', 'Y', { name: ['X', 'Y'] })).toBe('Renamed pilot “X” to “Y”');
    expect(describeUpdate('pilot', 'X', { nextReviewDate: [null, '2026-12-01'] })).toBe(
      'Changed next review date of “X” from none to 2026-12-01',
    );
    expect(describeUpdate('pilot', 'X', { sponsorId: [null, 'b0c9…'] })).toBe(
      'Changed sponsor of “X”',
    );
    expect(describeUpdate('pilot', 'X', { summary: ['', 'a'.repeat(80)] })).toBe(
      'Changed summary of “X”',
    );
    expect(describeUpdate('pilot', 'Y', { name: ['X', 'Y'], budget: [1, 2], fte: [0, 1] })).toBe(
      'Renamed pilot “X” and changed budget and FTE of “Y”',
    );
  });
});

describe('recordHistory', () => {
  it('refuses to run outside a transaction, so no change is recorded apart from its data', async () => {
    const db = await newDatabase();
    await expect(
      recordHistory(db, {
        action: 'create',
        entityType: 'pilot',
        entityId: 'x',
        pilotId: null,
        summary: 'x',
      }),
    ).rejects.toThrow('recordHistory must run inside the transaction that makes the change');
    await deleteOpenedDatabases();
  });
});
