import { describe, expect, it } from 'vitest';
import { compareCodeUnits, nameSortKey } from '@shared/nameSortKey';

/** The names in the order their keys put them. */
const ordered = (names: readonly string[]) =>
  [...names].sort((a, b) => compareCodeUnits(nameSortKey(a), nameSortKey(b)));

describe('nameSortKey', () => {
  it('writes a run of digits as its length then its digits, leading zeros dropped', () => {
    expect(nameSortKey('Pilot 2')).toBe('pilot 012');
    expect(nameSortKey('Pilot 10')).toBe('pilot 0210');
    expect(nameSortKey('Pilot 007')).toBe('pilot 017');
    expect(nameSortKey('0')).toBe('00');
    expect(nameSortKey('v2.10')).toBe('v012.0210');
    expect(nameSortKey('000 and 0')).toBe('00 and 00');
  });

  it('keeps a length that is itself a space character: 8,144 digits are stated by U+2000', () => {
    const digits = '9'.repeat(0x2000 - 0x30);
    expect(nameSortKey(`a ${digits} b`)).toBe(`a 0\u2000${digits} b`);
  });

  it('orders numbers by value, wherever they stand in the name', () => {
    expect(
      ordered(['Pilot 10', 'Pilot 9', 'Pilot 100', 'Pilot 2', 'Pilot 2a', 'Pilot 20']),
    ).toEqual(['Pilot 2', 'Pilot 2a', 'Pilot 9', 'Pilot 10', 'Pilot 20', 'Pilot 100']);
    expect(ordered(['Wave 3 pilot', '10 pilots', '2 pilots'])).toEqual([
      '2 pilots',
      '10 pilots',
      'Wave 3 pilot',
    ]);
    // A number past what fits in a double still compares exactly.
    expect(ordered(['n 123456789012345678901', 'n 123456789012345678900'])).toEqual([
      'n 123456789012345678900',
      'n 123456789012345678901',
    ]);
  });

  it('ignores case and accents, and reads full-width and superscript digits as digits', () => {
    expect(nameSortKey('Émile')).toBe('emile');
    expect(nameSortKey('ÉMILE')).toBe(nameSortKey('emile'));
    expect(nameSortKey('Crème Brûlée')).toBe('creme brulee');
    expect(nameSortKey('Pilot １２')).toBe('pilot 0212');
    expect(nameSortKey('m²')).toBe('m012');
    expect(nameSortKey('İstanbul')).toBe('istanbul');
  });

  it('files letters without a decomposition under their plain Latin letters', () => {
    expect(nameSortKey('Straße')).toBe('strasse');
    expect(nameSortKey('Øresund')).toBe('oresund');
    expect(nameSortKey('Łódź')).toBe('lodz');
    expect(nameSortKey('Æther')).toBe('aether');
    expect(ordered(['Zeta', 'Øresund', 'Oslo', 'Łódź', 'Lima'])).toEqual([
      'Lima',
      'Łódź',
      'Øresund',
      'Oslo',
      'Zeta',
    ]);
  });

  it('treats any run of whitespace as one space and ignores it at the ends', () => {
    expect(nameSortKey('  Claims   triage\tbot ')).toBe('claims triage bot');
    // Any whitespace JavaScript knows: no-break, ideographic, line separator, byte-order mark.
    expect(nameSortKey('\u00a0Claims\u3000\u2028triage\ufeff')).toBe('claims triage');
    expect(nameSortKey(' \t ')).toBe('');
    expect(ordered(['Claims triage', 'Claims  tool', 'Claimstriage'])).toEqual([
      'Claims  tool',
      'Claims triage',
      'Claimstriage',
    ]);
  });

  it('keeps emoji and other symbols, in code-unit order, and gives the empty name ""', () => {
    expect(nameSortKey('🚀 Launch')).toBe('🚀 launch');
    expect(nameSortKey('')).toBe('');
    expect(ordered(['🚀 Launch', 'launch', '', '#1 pick'])).toEqual([
      '',
      '#1 pick',
      'launch',
      '🚀 Launch',
    ]);
  });
});

describe('compareCodeUnits', () => {
  it('compares by UTF-16 code unit, as IndexedDB orders string keys', () => {
    expect(compareCodeUnits('a', 'b')).toBe(-1);
    expect(compareCodeUnits('b', 'a')).toBe(1);
    expect(compareCodeUnits('a', 'a')).toBe(0);
    // U+FF5E (a BMP character) sorts after U+1F680 (a surrogate pair starting 0xD83D).
    expect(compareCodeUnits('～', '🚀')).toBe(1);
  });
});
