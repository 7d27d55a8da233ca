import { describe, expect, it } from 'vitest';
import { defaultGateCriteria, gateCriteriaSchema } from '@shared/model';

describe('gate criteria used by the recommendation', () => {
  it('parses criteria saved before flatThreshold existed, with its default of 10 %', () => {
    const { flatThreshold: _added, ...saved } = defaultGateCriteria;
    expect(gateCriteriaSchema.parse(saved)).toEqual({ ...saved, flatThreshold: 0.1 });
  });

  it('refuses a flat threshold outside 0–1', () => {
    expect(
      gateCriteriaSchema.safeParse({ ...defaultGateCriteria, flatThreshold: 1.5 }).success,
    ).toBe(false);
  });

  it('accepts its own defaults', () => {
    expect(gateCriteriaSchema.parse(defaultGateCriteria)).toEqual(defaultGateCriteria);
  });
});
