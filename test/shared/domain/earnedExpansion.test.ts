import { describe, expect, it } from 'vitest';
import { isExpansionEarned } from '@shared/domain';
import { DECISION_KINDS } from '@shared/model';

describe('isExpansionEarned', () => {
  it('is true only for an expansion the frozen recommendation supported', () => {
    expect(isExpansionEarned('expand', 'expand')).toBe(true);
    expect(isExpansionEarned('continue', 'expand')).toBe(false);
    expect(isExpansionEarned('pivot', 'expand')).toBe(false);
    expect(isExpansionEarned('stop', 'expand')).toBe(false);
  });

  it('is false for an expansion without a frozen recommendation', () => {
    expect(isExpansionEarned(null, 'expand')).toBe(false);
    expect(isExpansionEarned(undefined, 'expand')).toBe(false);
  });

  it('is false for decisions that are not expansions, whatever was recommended', () => {
    for (const recommended of DECISION_KINDS) {
      for (const decided of DECISION_KINDS.filter((k) => k !== 'expand')) {
        expect(isExpansionEarned(recommended, decided)).toBe(false);
      }
    }
  });
});
