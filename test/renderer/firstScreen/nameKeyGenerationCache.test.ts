import { beforeEach, describe, expect, it } from 'vitest';
import { nameKeyGeneration } from '@shared/nameKeyGeneration';
import { cachedNameKeyGeneration } from '../../../renderer/firstScreen/nameKeyGenerationCache';

const KEY = 'pilot-portfolio-name-key-generation';

beforeEach(() => localStorage.clear());

describe('the first screen’s generation of name keys', () => {
  it('is computed once per engine and kept', () => {
    expect(cachedNameKeyGeneration()).toBe(nameKeyGeneration());
    expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual({
      engine: navigator.userAgent,
      generation: nameKeyGeneration(),
    });
  });

  it('is the one kept for this engine, not computed again', () => {
    localStorage.setItem(KEY, JSON.stringify({ engine: navigator.userAgent, generation: 'kept' }));
    expect(cachedNameKeyGeneration()).toBe('kept');
  });

  it('is computed anew for another engine, or when what is kept is unreadable', () => {
    localStorage.setItem(KEY, JSON.stringify({ engine: 'Older/1.0', generation: 'old' }));
    expect(cachedNameKeyGeneration()).toBe(nameKeyGeneration());
    localStorage.setItem(KEY, '{broken');
    expect(cachedNameKeyGeneration()).toBe(nameKeyGeneration());
    localStorage.setItem(KEY, JSON.stringify({ engine: navigator.userAgent, generation: 7 }));
    expect(cachedNameKeyGeneration()).toBe(nameKeyGeneration());
  });
});
