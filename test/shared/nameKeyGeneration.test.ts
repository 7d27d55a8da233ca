import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  computeNameKeyGeneration,
  digest,
  nameKeyGeneration,
  probeText,
} from '@shared/nameKeyGeneration';
import { NAME_SORT_KEY_VERSION, nameSortKey } from '@shared/nameSortKey';

afterEach(() => {
  vi.restoreAllMocks();
});

const codePoints = (text: string) => new Set(Array.from(text, (c) => c.codePointAt(0)));

describe('probeText', () => {
  const probed = codePoints(probeText());

  it('holds the characters whose keys Unicode assigns, planes 0 and 1 and the variation selectors', () => {
    // Accented Latin, a Latin letter of Unicode 14 (U+A7C0), Georgian Mtavruli (Unicode 11,
    // lower-cased to existing letters), a combining mark, Adlam (a cased script of plane 1),
    // mathematical digits, a supplementary variation selector.
    for (const code of [0xc9, 0xa7c0, 0x1c90, 0x0301, 0x1e900, 0x1d7d8, 0xe0100]) {
      expect(probed.has(code), code.toString(16)).toBe(true);
    }
    // Every code point of plane 1, assigned yet or not.
    expect(probed.has(0x1ffff)).toBe(true);
    expect(probed.has(0x10000)).toBe(true);
  });

  it('leaves out surrogates, private use and the planes of ideographs and of nothing', () => {
    for (const code of [0xd800, 0xdfff, 0xe000, 0xf8ff, 0x20000, 0x3134a, 0x50000, 0xf0000]) {
      expect(probed.has(code), code.toString(16)).toBe(false);
    }
    // 0xd800 below the surrogates, 0x700 above the private use, two planes' worth of 4,096.
    expect(probed.size).toBe(0xd800 + 0x700 + 0x10000 + 0x1000);
  });
});

describe('digest', () => {
  it('is 16 hex digits that any one code unit changes', () => {
    expect(digest('')).toMatch(/^[0-9a-f]{16}$/);
    expect(digest('pilot 012')).toBe(digest('pilot 012'));
    expect(digest('pilot 012')).not.toBe(digest('pilot 013'));
    expect(digest('ab')).not.toBe(digest('ba'));
    expect(digest('\u0000')).not.toBe(digest(''));
  });
});

describe('nameKeyGeneration', () => {
  it('is the key version and the digest of the probe’s key, the same every time', () => {
    const generation = nameKeyGeneration();
    expect(generation).toBe(`${NAME_SORT_KEY_VERSION}-${digest(nameSortKey(probeText()))}`);
    expect(generation).toMatch(/^1-[0-9a-f]{16}$/);
    expect(computeNameKeyGeneration()).toBe(generation);
  });

  // What a new Electron's Unicode tables can do to a key, one table at a time.
  it('differs on an engine that decomposes one character differently', () => {
    const before = computeNameKeyGeneration();
    const normalize = String.prototype.normalize;
    vi.spyOn(String.prototype, 'normalize').mockImplementation(function (
      this: string,
      form?: string,
    ) {
      return normalize.call(this, form).replace('\uA7C0', 'o');
    });
    expect(nameSortKey('\uA7C0resund')).toBe('oresund');
    expect(computeNameKeyGeneration()).not.toBe(before);
  });

  it('differs on an engine that lower-cases one character differently', () => {
    const before = computeNameKeyGeneration();
    const toLowerCase = String.prototype.toLowerCase;
    // An engine from before Unicode 11, which had no lower case for Georgian Mtavruli "Ა".
    vi.spyOn(String.prototype, 'toLowerCase').mockImplementation(function (this: string) {
      return this.split('\u1C90')
        .map((part) => toLowerCase.call(part))
        .join('\u1C90');
    });
    expect(nameSortKey('\u1C90')).toBe('\u1C90');
    expect(computeNameKeyGeneration()).not.toBe(before);
  });

  it('is memoised: an engine’s tables do not change while it runs', () => {
    const generation = nameKeyGeneration();
    const normalize = vi.spyOn(String.prototype, 'normalize');
    expect(nameKeyGeneration()).toBe(generation);
    expect(normalize).not.toHaveBeenCalled();
  });
});
