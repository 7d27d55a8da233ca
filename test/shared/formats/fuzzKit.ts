import fc from 'fast-check';
import { expect } from 'vitest';
import { FileRefusedError } from '../../../shared/formats/fileRefusal';

/**
 * Shared pieces of the hostile-input fuzz tests (CSV, XLSX, and the import into a database):
 * text that has broken parsers and spreadsheets before, byte-level mutations of a valid file, and
 * the checks every outcome must pass.
 */

/** Cells that are keys of Object.prototype, formulas, bidi and emoji text, and odd numbers/dates. */
export const HOSTILE_CELLS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'length',
  '__defineGetter__',
  '=HYPERLINK("http://evil.example","click")',
  '=1+1',
  '+1',
  '-1',
  '@SUM(A1:A9)',
  '\t=1',
  '\r=1',
  "'=1",
  '＝1',
  '\0',
  'مرحبا بالعالم',
  'שלום',
  '\u202Eevil\u202C',
  '🚀👩‍👩‍👧‍👦',
  '𝟘𝟙',
  '\uD800',
  '\uFFFD',
  '\uFEFF',
  '1e308',
  '-1e308',
  '1e309',
  '5e-324',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '9007199254740993',
  '1,234.5',
  '1.234,5',
  '(12)',
  '12..5',
  '2026-02-30',
  '0026-01-31',
  '0000-01-01',
  '9999-12-31',
  '31/12/2026',
  '12/31/2026',
  '03/04/2026',
  '"',
  '""',
  ',',
  ';',
  '|',
  '\t',
  '\n',
  '\r\n',
  '',
  ' ',
] as const;

/** One cell: a hostile constant, or random text (graphemes, or any UTF-16 units). */
export const hostileCell: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_CELLS), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
);

/** A change to a file's bytes; positions are fractions of the length, so any file fits. */
export type ByteMutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'duplicate'; from: number; length: number; to: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Bytes a parser treats specially: delimiters, quotes, line ends, NUL, byte-order marks. */
const specialBytes = fc.constantFrom(
  Uint8Array.of(0x2c),
  Uint8Array.of(0x3b),
  Uint8Array.of(0x09),
  Uint8Array.of(0x22),
  Uint8Array.of(0x22, 0x22),
  Uint8Array.of(0x0d),
  Uint8Array.of(0x0a),
  Uint8Array.of(0x00),
  Uint8Array.of(0xef, 0xbb, 0xbf),
  Uint8Array.of(0xff, 0xfe),
  Uint8Array.of(0xfe, 0xff),
  Uint8Array.of(0x80, 0x9f, 0xc3),
  new TextEncoder().encode('"__proto__"'),
  new TextEncoder().encode('</row><row r="0">'),
  new TextEncoder().encode('<c r="A1" t="s"><v>99</v></c>'),
);

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: position,
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: position,
    length: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.oneof(specialBytes, fc.uint8Array({ minLength: 1, maxLength: 16 })),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    from: position,
    length: fc.integer({ min: 1, max: 256 }),
    to: position,
  }),
);

export function mutateBytes(bytes: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  let out = bytes;
  for (const m of mutations) {
    const n = out.length;
    const at = (f: number) => Math.floor(f * (n + 1));
    switch (m.kind) {
      case 'flip': {
        if (n === 0) break;
        out = out.slice();
        const i = Math.min(at(m.at), n - 1);
        out[i] = (out[i] as number) ^ m.xor;
        break;
      }
      case 'truncate':
        out = out.slice(0, at(m.at));
        break;
      case 'delete': {
        const i = at(m.at);
        out = concat(out.subarray(0, i), out.subarray(i + m.length));
        break;
      }
      case 'insert': {
        const i = at(m.at);
        out = concat(out.subarray(0, i), m.bytes, out.subarray(i));
        break;
      }
      case 'duplicate': {
        const from = at(m.from);
        const to = at(m.to);
        out = concat(out.subarray(0, to), out.subarray(from, from + m.length), out.subarray(to));
        break;
      }
    }
  }
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** The own keys of the prototypes a polluting parser would write to. */
export function prototypeKeys(): string[][] {
  return [Object.prototype, Array.prototype, String.prototype, Function.prototype].map((p) =>
    Reflect.ownKeys(p).map(String),
  );
}

/** Fails when any prototype gained or lost a key since `before`, or `{}` grew a known bait key. */
export function expectPrototypesUntouched(before: string[][]): void {
  expect(prototypeKeys()).toEqual(before);
  const plain = {} as Record<string, unknown>;
  for (const bait of ['polluted', 'isAdmin', '0', 'x']) expect(plain[bait]).toBeUndefined();
}

/**
 * What a run of the import may end in: a value, or a FileRefusedError whose message a person can
 * read. Anything else thrown — a TypeError, a RangeError from an invalid Date — is a bug and is
 * rethrown so the property fails with it.
 */
export async function valueOrRefusal<T>(
  run: () => T | Promise<T>,
): Promise<{ value: T } | { refused: FileRefusedError }> {
  try {
    return { value: await run() };
  } catch (error) {
    if (!(error instanceof FileRefusedError)) throw error;
    expectReadableRefusal(error);
    return { refused: error };
  }
}

export function expectReadableRefusal(error: FileRefusedError): void {
  expect(error.headline.trim().length).toBeGreaterThan(10);
  // A sentence, not a stack trace or an object dump.
  expect(error.headline).toMatch(/[a-z]{3,} [a-z]{2,}/);
  expect(error.headline).not.toMatch(/undefined|NaN|\[object /);
  for (const issue of error.issues) expect(issue.message.trim()).not.toBe('');
}
