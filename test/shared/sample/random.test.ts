import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Random } from '../../../shared/sample/random';

describe('Random', () => {
  it('repeats the same stream for the same seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    const draws = (r: Random): number[] => Array.from({ length: 20 }, () => r.uint32());
    expect(draws(a)).toEqual(draws(b));
  });

  it('gives unrelated streams for neighbouring seeds and labels', () => {
    expect(new Random(1).uint32()).not.toBe(new Random(2).uint32());
    expect(Random.derive(7, 'people').uint32()).not.toBe(Random.derive(7, 'pilots').uint32());
    expect(Random.derive(7, 'people').uint32()).toBe(Random.derive(7, 'people').uint32());
  });

  it('draws uniform numbers in [0, 1) and integers within inclusive bounds', () => {
    const r = new Random(3);
    let sum = 0;
    let outOfRange = 0;
    const seen = new Set<number>();
    for (let i = 0; i < 20_000; i++) {
      const x = r.next();
      if (x < 0 || x >= 1) outOfRange++;
      sum += x;
      seen.add(r.int(2, 5));
    }
    expect(outOfRange).toBe(0);
    expect(sum / 20_000).toBeCloseTo(0.5, 1);
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('draws standard normals', () => {
    const r = new Random(9);
    const n = 50_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      sum += z;
      sq += z * z;
    }
    expect(sum / n).toBeCloseTo(0, 1);
    expect(Math.sqrt(sq / n - (sum / n) ** 2)).toBeCloseTo(1, 1);
  });

  it('makes UUID v4 strings the model accepts', () => {
    const r = new Random(11);
    const ids = Array.from({ length: 500 }, () => r.uuid());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(z.uuid().safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shuffles without losing or inventing items, and refuses to pick from nothing', () => {
    const r = new Random(5);
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(r.shuffle(items).sort((a, b) => a - b)).toEqual(items);
    expect(r.sample(items, 5)).toHaveLength(5);
    expect(() => r.pick([])).toThrow(RangeError);
  });
});
