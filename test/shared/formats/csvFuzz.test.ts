import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso } from '../../../shared/dates';
import { parseFlexibleDate } from '../../../shared/formats/dateParsing';
import { DELIMITERS, detectDelimiter } from '../../../shared/formats/delimiter';
import { MAX_REPORTED_ISSUES } from '../../../shared/formats/fileRefusal';
import {
  IMPORT_ROLES,
  analyseFormats,
  convertRows,
  guessMapping,
  type ColumnMapping,
} from '../../../shared/formats/measurementImport';
import { parseLocaleNumber } from '../../../shared/formats/numberParsing';
import { decodeText } from '../../../shared/formats/textDecoding';
import { expectPrototypesUntouched, hostileCell, prototypeKeys } from './fuzzKit';

/**
 * Hostile CSV input through the shared steps of the import, in the worker's order
 * (renderer/workers/csvImportEngine.ts): decode the bytes, detect the delimiter, guess the column
 * mapping from the header, analyse the formats, convert the rows. Each step takes anything and
 * answers — a value, a question or a list of row issues — and pollutes no prototype. The whole
 * chain, papaparse and the database included, is fuzzed in
 * test/renderer/db/exchange/importFuzz.test.ts.
 */

const protoBefore = prototypeKeys();

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

describe('decoding and delimiter detection take any bytes', () => {
  it('any bytes decode to text in a known encoding; valid UTF-8 decodes to itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => new TextEncoder().encode(s)),
        ),
        fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
        (body, bom) => {
          const bytes = Uint8Array.from([...bom, ...body]);
          const { text, encoding } = decodeText(bytes);
          expect(typeof text).toBe('string');
          expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).toContain(encoding);
          const startsWithBom = [
            [0xef, 0xbb, 0xbf],
            [0xff, 0xfe],
            [0xfe, 0xff],
          ].some((mark) => mark.every((b, i) => bytes[i] === b));
          const utf8 = strictUtf8(bytes);
          if (!startsWithBom && utf8 !== null) expect(text).toBe(utf8);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('any text gets one of the four delimiters', () => {
    const textArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(fc.array(hostileCell, { maxLength: 8 }), { maxLength: 10 })
        .chain((rows) =>
          fc.constantFrom(...DELIMITERS).map((d) => rows.map((r) => r.join(d)).join('\n')),
        ),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        expect(DELIMITERS).toContain(detectDelimiter(text));
      }),
      { numRuns: 500 },
    );
  });
});

/** A mapping as the person may set it: any column for any role, out of range included. */
const mappingArb = (width: number): fc.Arbitrary<ColumnMapping> =>
  fc.record(
    Object.fromEntries(
      IMPORT_ROLES.map((role) => [
        role,
        fc.option(fc.integer({ min: 0, max: width + 2 }), { nil: null }),
      ]),
    ) as Record<keyof ColumnMapping, fc.Arbitrary<number | null>>,
  );

describe('mapping and conversion take any rows', () => {
  it('a header of hostile names, up to 1,500 columns, gets a valid mapping', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(hostileCell, { maxLength: 12 }),
          fc.array(fc.constantFrom('__proto__', 'constructor', 'prototype', 'Date', 'value', 'x'), {
            minLength: 999,
            maxLength: 1_500,
          }),
        ),
        (headers) => {
          const copy = [...headers];
          const mapping = guessMapping(headers);
          expect(Object.keys(mapping).sort()).toEqual([...IMPORT_ROLES].sort());
          const used = Object.values(mapping).filter((i): i is number => i !== null);
          expect(new Set(used).size).toBe(used.length);
          for (const i of used) expect(i >= 0 && i < headers.length).toBe(true);
          expect(headers).toEqual(copy);
          expectPrototypesUntouched(protoBefore);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('hostile rows convert to measurements or to issues naming row and column — never both, never a throw', () => {
    const grid = fc.integer({ min: 1, max: 7 }).chain((width) =>
      fc.record({
        headers: fc.array(hostileCell, { minLength: width, maxLength: width }),
        rows: fc.array(fc.array(hostileCell, { maxLength: width + 1 }), { maxLength: 25 }),
        mapping: mappingArb(width),
      }),
    );
    let converted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        grid,
        fc.constantFrom('.' as const, ',' as const),
        fc.constantFrom('dmy' as const, 'mdy' as const),
        ({ headers, rows, mapping }, decimal, dateOrder) => {
          const analysis = analyseFormats(rows, mapping);
          expect(['decided', 'ask']).toContain(analysis.decimal.kind);
          expect(['decided', 'ask']).toContain(analysis.dateOrder.kind);
          const result = convertRows(rows, headers, mapping, { decimal, dateOrder });
          expectPrototypesUntouched(protoBefore);
          expect(result.issues.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES);
          expect(result.totalIssues).toBeGreaterThanOrEqual(result.issues.length);
          if (result.totalIssues > 0) {
            refused++;
            // All or nothing: one bad row and no group is returned to be written.
            expect(result.groups).toEqual([]);
            for (const issue of result.issues) {
              expect(issue.where).toMatch(/^Row \d+, column \S/);
              expect(issue.message.trim()).not.toBe('');
            }
            return;
          }
          converted++;
          let measurements = 0;
          for (const g of result.groups) {
            expect(g.metricName.trim()).not.toBe('');
            expect(g.metricName.length).toBeLessThanOrEqual(200);
            expect(g.pilotName.length).toBeLessThanOrEqual(200);
            measurements += g.days.length;
            for (let i = 0; i < g.days.length; i++) {
              expect(Number.isInteger(g.days[i])).toBe(true);
              expect(Number.isFinite(g.values[i])).toBe(true);
              if (i > 0) expect(g.days[i]).toBeGreaterThan(g.days[i - 1] as number);
            }
            // Notes are keyed by day numbers only: a "__proto__" note is a value, never a key.
            expect(Object.getPrototypeOf(g.notes)).toBe(Object.prototype);
            const days = new Set(Array.from(g.days, String));
            for (const [key, note] of Object.entries(g.notes)) {
              expect(days.has(key)).toBe(true);
              expect(note.length).toBeLessThanOrEqual(5_000);
            }
          }
          expect(measurements).toBe(result.rowCount);
        },
      ),
      { numRuns: 400 },
    );
    expect(refused).toBeGreaterThan(10);
    expect(converted).toBeGreaterThan(10);
  });

  it('numbers read are finite; dates read are calendar days written back the same', () => {
    const isoParts = fc.record({
      year: fc.integer({ min: 0, max: 9_999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
    });
    fc.assert(
      fc.property(isoParts, hostileCell, ({ year, month, day }, noise) => {
        const pad = (n: number, w: number) => String(n).padStart(w, '0');
        const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        for (const order of ['dmy', 'mdy'] as const) {
          const read = parseFlexibleDate(iso, order);
          if (read !== null) expect(dayToIso(read)).toBe(iso);
          const dmy = `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
          const fromDmy = parseFlexibleDate(dmy, 'dmy');
          if (fromDmy !== null) expect(dayToIso(fromDmy)).toBe(iso);
          const other = parseFlexibleDate(noise, order);
          if (other !== null) expect(Number.isInteger(other)).toBe(true);
          for (const decimal of ['.', ','] as const) {
            const n = parseLocaleNumber(noise, decimal);
            if (n !== null) expect(Number.isFinite(n)).toBe(true);
          }
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('a year before 100 is not read as 19xx', () => {
    expect(parseFlexibleDate('0026-01-31', 'dmy')).toBeNull();
    expect(parseFlexibleDate('31/01/0026', 'dmy')).toBeNull();
    expect(parseFlexibleDate('0000-01-01', 'dmy')).toBeNull();
    expect(dayToIso(parseFlexibleDate('0100-01-01', 'dmy') as number)).toBe('0100-01-01');
    expect(dayToIso(parseFlexibleDate('2026-01-31', 'dmy') as number)).toBe('2026-01-31');
  });
});
