/**
 * A small seeded pseudo-random generator for the sample portfolio. shared/ may not use Math.random
 * or crypto: the sample must be byte-identical for the same options on every machine, so that a
 * test, a screenshot and a demo all show the same portfolio.
 *
 * The generator is sfc32 (fast, 128-bit state, passes PractRand far beyond what a sample needs),
 * seeded through splitmix32 so that neighbouring seeds (1, 2, 3…) give unrelated streams.
 */

const TWO_PI = Math.PI * 2;
const UINT32_RANGE = 4_294_967_296;

/** splitmix32 step: turns any 32-bit state into a well-mixed 32-bit output. */
function splitmix32(state: number): number {
  let z = state | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/** FNV-1a of a label, so each part of the generator can draw from its own independent stream. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(n: number): string {
  return (
    (HEX[(n >>> 24) & 0xff] ?? '') +
    (HEX[(n >>> 16) & 0xff] ?? '') +
    (HEX[(n >>> 8) & 0xff] ?? '') +
    (HEX[n & 0xff] ?? '')
  );
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Box–Muller yields normals in pairs; the second is kept for the next call. */
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    const s = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
    this.a = splitmix32(s + 0x9e3779b9);
    this.b = splitmix32(s + 0x3c6ef372);
    this.c = splitmix32(s + 0xdaa66d2b);
    this.d = splitmix32(s + 0x78dde6e4);
    // Warm up so that the first outputs do not echo the seeding.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream for one part of the sample (people, series…), keyed by a label. */
  static derive(seed: number, label: string): Random {
    const s = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
    return new Random(splitmix32(s ^ hashLabel(label)));
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / UINT32_RANGE;
  }

  /** Uniform float in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u = this.next();
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(TWO_PI * v);
    this.hasSpare = true;
    return r * Math.cos(TWO_PI * v);
  }

  /** A UUID v4 string from the stream: version nibble 4 and RFC 9562 variant bits 10xx. */
  uuid(): string {
    const w0 = this.uint32();
    const w1 = ((this.uint32() & 0xffff0fff) | 0x00004000) >>> 0;
    const w2 = ((this.uint32() & 0x3fffffff) | 0x80000000) >>> 0;
    const w3 = this.uint32();
    const h1 = hex32(w1);
    const h2 = hex32(w2);
    return `${hex32(w0)}-${h1.slice(0, 4)}-${h1.slice(4)}-${h2.slice(0, 4)}-${h2.slice(4)}${hex32(w3)}`;
  }
}
