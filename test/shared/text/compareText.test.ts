import { describe, expect, it } from 'vitest';
import { compareText } from '../../../shared/text/compareText';

describe('compareText', () => {
  it('orders texts as localeCompare does', () => {
    const texts = [
      'Zeta',
      'alpha',
      'Alpha',
      'Ångström',
      'angle',
      'Éclair',
      'eclair',
      'Pilot 10',
      'Pilot 2',
      '2026-03-01',
      '2026-01-15',
      'agent-b',
      'agent_a',
      'Łódź',
      '',
    ];
    for (const a of texts) {
      for (const b of texts) {
        expect(Math.sign(compareText(a, b)), `${a} vs ${b}`).toBe(Math.sign(a.localeCompare(b)));
      }
    }
    expect([...texts].sort(compareText)).toEqual([...texts].sort((a, b) => a.localeCompare(b)));
  });
});
