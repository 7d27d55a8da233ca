import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileRefusedError } from '../../../shared/formats/fileRefusal';
import { MAX_COLUMNS } from '../../../shared/formats/limits';
import {
  isXlsx,
  parseDateStyles,
  parseSharedStrings,
  parseSheet,
  readXlsxRows,
} from '../../../shared/formats/xlsx';
import { inspectZip, looksLikeZip } from '../../../shared/formats/zipGuard';
import {
  byteMutation,
  concat,
  expectPrototypesUntouched,
  hostileCell,
  mutateBytes,
  prototypeKeys,
  valueOrRefusal,
} from './fuzzKit';
import { buildZip, measurementSheet, workbook } from './xlsxFixture';

/**
 * Hostile workbooks: every file the XLSX reader is given — mutated bytes, a lying zip directory,
 * a sheet of hostile XML — ends in rows of text or a refusal with a message, never in another
 * exception, a hang or a polluted prototype. The reader is called as the import worker calls it
 * (renderer/workers/csvImportEngine.ts): looksLikeZip, inspectZip and isXlsx, then readXlsxRows.
 */

const protoBefore = prototypeKeys();

/** The worker's route for a picked file that starts like a zip. */
async function readAsTheWorkerDoes(bytes: Uint8Array) {
  return valueOrRefusal(async () => {
    if (!looksLikeZip(bytes)) return null;
    const { entries } = inspectZip(bytes, 'm.xlsx');
    if (!isXlsx(entries)) return null;
    return readXlsxRows(bytes, 'm.xlsx');
  });
}

function rowsOf(outcome: { value: string[][] | null } | { refused: unknown }): string[][] | null {
  return 'value' in outcome ? outcome.value : null;
}

function expectRows(rows: string[][] | null): void {
  if (rows === null) return;
  const width = rows[0]?.length ?? 0;
  expect(width).toBeLessThanOrEqual(MAX_COLUMNS);
  // Rectangular, every cell text, no holes (a hole would read as undefined further on).
  const bad = rows.findIndex((row) => {
    if (row.length !== width) return true;
    for (let i = 0; i < row.length; i++) if (typeof row[i] !== 'string') return true;
    return false;
  });
  expect(bad).toBe(-1);
}

let stored: Uint8Array;
let deflated: Uint8Array;
beforeAll(async () => {
  stored = await workbook(measurementSheet());
  deflated = await workbook(measurementSheet(), true);
});

describe('mutated workbooks', () => {
  it('flipped, cut, deleted, inserted and duplicated bytes: rows or a refusal with a message', async () => {
    let refused = 0;
    let read = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(byteMutation, { minLength: 1, maxLength: 4 }),
        async (deflate, mutations) => {
          const outcome = await readAsTheWorkerDoes(
            mutateBytes(deflate ? deflated : stored, mutations),
          );
          if ('value' in outcome) {
            expectRows(outcome.value);
            read++;
          } else refused++;
          expectPrototypesUntouched(protoBefore);
        },
      ),
      { numRuns: 300 },
    );
    // Both outcomes happen: the mutations are neither all harmless nor all fatal.
    expect(refused).toBeGreaterThan(5);
    expect(read).toBeGreaterThan(5);
  });

  it('random bytes behind a zip signature, and a directory record at a random place', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 512 }),
        fc.uint8Array({ minLength: 22, maxLength: 22 }),
        fc.boolean(),
        async (body, eocd, withDirectory) => {
          // End-of-directory signature, then random counts, sizes and offsets.
          eocd.set([0x50, 0x4b, 5, 6]);
          const bytes = concat(
            Uint8Array.of(0x50, 0x4b, 3, 4),
            body,
            withDirectory ? eocd : new Uint8Array(0),
          );
          expectRows(rowsOf(await readAsTheWorkerDoes(bytes)));
          expectPrototypesUntouched(protoBefore);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** One number in a zip's structures: where it is and how wide. */
interface ZipField {
  name: string;
  at: number;
  size: 2 | 4;
}

/** Every count, size, offset and length field of the fixture's directory and local headers. */
function zipFields(zip: Uint8Array): ZipField[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  const fields: ZipField[] = [
    { name: 'entries on this disk', at: eocd + 8, size: 2 },
    { name: 'entries', at: eocd + 10, size: 2 },
    { name: 'directory size', at: eocd + 12, size: 4 },
    { name: 'directory offset', at: eocd + 16, size: 4 },
    { name: 'comment length', at: eocd + 20, size: 2 },
  ];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    const local = view.getUint32(at + 42, true);
    fields.push(
      { name: `entry ${i} method`, at: at + 10, size: 2 },
      { name: `entry ${i} compressed size`, at: at + 20, size: 4 },
      { name: `entry ${i} uncompressed size`, at: at + 24, size: 4 },
      { name: `entry ${i} name length`, at: at + 28, size: 2 },
      { name: `entry ${i} extra length`, at: at + 30, size: 2 },
      { name: `entry ${i} comment length`, at: at + 32, size: 2 },
      { name: `entry ${i} local header offset`, at: at + 42, size: 4 },
      { name: `entry ${i} local method`, at: local + 8, size: 2 },
      { name: `entry ${i} local name length`, at: local + 26, size: 2 },
      { name: `entry ${i} local extra length`, at: local + 28, size: 2 },
    );
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return fields;
}

type FieldValue =
  | { kind: 'set'; value: number }
  | { kind: 'shift'; by: number }
  /** Point at another entry's local header (overlapping entries) or the file's length. */
  | { kind: 'copy'; from: number };

const fieldValue: fc.Arbitrary<FieldValue> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.oneof(
      fc.constantFrom(0, 1, 8, 9, 0xff, 0xffff, 0xfffe, 0x7fffffff, 0xffffffff, 10_001),
      fc.nat({ max: 0xffffffff }),
    ),
  }),
  fc.record({ kind: fc.constant('shift' as const), by: fc.integer({ min: -64, max: 64 }) }),
  fc.record({ kind: fc.constant('copy' as const), from: fc.nat() }),
);

function setField(zip: Uint8Array, fields: ZipField[], pick: number, change: FieldValue) {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const field = fields[pick % fields.length] as ZipField;
  const read = (f: ZipField) =>
    f.size === 2 ? view.getUint16(f.at, true) : view.getUint32(f.at, true);
  const max = field.size === 2 ? 0xffff : 0xffffffff;
  let value: number;
  if (change.kind === 'set') value = change.value;
  else if (change.kind === 'shift') value = read(field) + change.by;
  else {
    const offsets = fields.filter((f) => f.name.endsWith('local header offset'));
    value =
      change.from % (offsets.length + 1) === offsets.length
        ? zip.length
        : read(offsets[change.from % (offsets.length + 1)] as ZipField);
  }
  value = Math.min(max, Math.max(0, value));
  if (field.size === 2) view.setUint16(field.at, value, true);
  else view.setUint32(field.at, value, true);
  return { bytes: out, field: field.name, value };
}

describe('a lying zip directory', () => {
  it('wrong sizes, counts, offsets, methods and lengths, one to three at a time', async () => {
    const fieldsOf = new Map<Uint8Array, ZipField[]>();
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fieldValue), { minLength: 1, maxLength: 3 }),
        async (deflate, changes) => {
          const zip = deflate ? deflated : stored;
          const fields = fieldsOf.get(zip) ?? zipFields(zip);
          fieldsOf.set(zip, fields);
          let bytes = zip;
          for (const [pick, change] of changes) bytes = setField(bytes, fields, pick, change).bytes;
          expectRows(rowsOf(await readAsTheWorkerDoes(bytes)));
          expectPrototypesUntouched(protoBefore);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a truncated central directory is refused, whatever the cut', async () => {
    const eocd = stored.length - 22;
    const cdOffset = new DataView(stored.buffer).getUint32(eocd + 16, true);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: cdOffset, max: stored.length - 1 }), async (cut) => {
        const outcome = await readAsTheWorkerDoes(stored.subarray(0, cut));
        expect(outcome).toHaveProperty('refused');
      }),
      { numRuns: 100 },
    );
  });

  it('entries pointing at one another’s data are read as declared or refused', async () => {
    const fields = zipFields(stored);
    const offsets = fields.filter((f) => f.name.endsWith('local header offset'));
    const view = new DataView(stored.buffer);
    for (const target of offsets) {
      for (const source of offsets) {
        const bytes = stored.slice();
        new DataView(bytes.buffer).setUint32(target.at, view.getUint32(source.at, true), true);
        expectRows(rowsOf(await readAsTheWorkerDoes(bytes)));
      }
    }
  });
});

const WORKBOOK =
  '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>';
const STYLES =
  '<styleSheet><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="2"/></cellXfs></styleSheet>';

const xmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const columnName = (index: number) => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
};

interface CellSpec {
  /** A column index written as a reference, a malformed reference, or no reference. */
  ref: number | string | null;
  type: string | null;
  style: string | null;
  value: string;
}
interface RowSpec {
  r: number | string | null;
  cells: CellSpec[];
}

const cellSpec: fc.Arbitrary<CellSpec> = fc.record({
  ref: fc.oneof(
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: fc.nat({ max: 12 }), weight: 3 },
    { arbitrary: fc.constantFrom(1_000, 16_383), weight: 1 },
    { arbitrary: fc.constantFrom('a1', '1A', '', ' A1', '__proto__', 'A-1'), weight: 1 },
  ),
  type: fc.constantFrom(null, 's', 'str', 'inlineStr', 'b', 'e', 'd', 'n', '__proto__', 'x'),
  style: fc.constantFrom(null, '0', '1', '2', '7', '-1', '__proto__', 'NaN'),
  value: fc.oneof(
    hostileCell,
    fc.double().map(String),
    fc.constantFrom('0', '1', '5', '-1', '46053', '2958465', '2958466', '1e20', '-1e20'),
  ),
});
const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  r: fc.oneof(
    { arbitrary: fc.constant(null), weight: 3 },
    { arbitrary: fc.integer({ min: -2, max: 12 }), weight: 3 },
    { arbitrary: fc.constantFrom(200_001, 200_002, 1e9), weight: 1 },
    { arbitrary: fc.constantFrom('abc', '1.5', '', '__proto__', '1e3', '-0'), weight: 1 },
  ),
  cells: fc.array(cellSpec, { maxLength: 6 }),
});

function sheetXml(rows: RowSpec[], dimension: string | null): string {
  const body = rows
    .map((row) => {
      const cells = row.cells
        .map((c) => {
          const ref =
            c.ref === null
              ? ''
              : ` r="${typeof c.ref === 'number' ? `${columnName(c.ref)}1` : xmlEscape(c.ref)}"`;
          const type = c.type === null ? '' : ` t="${c.type}"`;
          const style = c.style === null ? '' : ` s="${c.style}"`;
          const inner =
            c.type === 'inlineStr'
              ? `<is><t>${xmlEscape(c.value)}</t></is>`
              : `<v>${xmlEscape(c.value)}</v>`;
          return `<c${ref}${type}${style}>${inner}</c>`;
        })
        .join('');
      return `<row${row.r === null ? '' : ` r="${row.r}"`}>${cells}</row>`;
    })
    .join('');
  const dim = dimension === null ? '' : `<dimension ref="${dimension}"/>`;
  return `<worksheet>${dim}<sheetData>${body}</sheetData></worksheet>`;
}

/**
 * Where each `str` cell should land (row index, column index) when every row number and cell
 * reference is well formed and ascending, or null when the sheet is damaged and must be refused.
 */
function expectedPlaces(rows: RowSpec[]): { row: number; column: number; text: string }[] | null {
  const places: { row: number; column: number; text: string }[] = [];
  let nextRow = 1;
  for (const row of rows) {
    const number = row.r === null ? nextRow : row.r;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < nextRow) return null;
    nextRow = number + 1;
    let nextColumn = 0;
    for (const cell of row.cells) {
      const column = cell.ref === null ? nextColumn : cell.ref;
      if (typeof column !== 'number' || column < nextColumn) return null;
      nextColumn = column + 1;
      // The file holds UTF-8: a lone surrogate is written, and so read back, as U+FFFD. A value
      // that starts with U+FEFF keeps it: it is text inside the sheet, not a byte-order mark
      // (TextDecoder would strip it unless told not to).
      const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
      const text = utf8.decode(new TextEncoder().encode(cell.value));
      if (cell.type === 'str') places.push({ row: number - 1, column, text });
    }
  }
  return places;
}

describe('hostile sheet XML', () => {
  it('row numbers, references, types, styles and values of every kind: read exactly or refused', async () => {
    let exact = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowSpec, { maxLength: 8 }),
        fc.array(hostileCell, { maxLength: 6 }),
        fc.constantFrom(null, 'A1:E6', 'A1:ALM5', 'A1:ALL200001', 'A1:XFD1048576', '__proto__', ''),
        fc.boolean(),
        async (rows, shared, dimension, date1904) => {
          const sharedXml = `<sst>${shared.map((s) => `<si><t>${xmlEscape(s)}</t></si>`).join('')}</sst>`;
          const bytes = await buildZip([
            {
              name: 'xl/workbook.xml',
              text: WORKBOOK.replace(
                '<sheets>',
                date1904 ? '<workbookPr date1904="1"/><sheets>' : '<sheets>',
              ),
            },
            { name: 'xl/_rels/workbook.xml.rels', text: RELS },
            { name: 'xl/styles.xml', text: STYLES },
            { name: 'xl/sharedStrings.xml', text: sharedXml },
            { name: 'xl/worksheets/sheet1.xml', text: sheetXml(rows, dimension) },
          ]);
          const outcome = await readAsTheWorkerDoes(bytes);
          expectPrototypesUntouched(protoBefore);
          if (!('value' in outcome)) return;
          const read = outcome.value ?? [];
          expectRows(read);
          // A cell is never dropped or moved silently: a damaged sheet is refused instead.
          const places = expectedPlaces(rows);
          expect(places).not.toBeNull();
          for (const p of places ?? []) expect(read[p.row]?.[p.column]).toBe(p.text);
          exact++;
        },
      ),
      { numRuns: 300 },
    );
    expect(exact).toBeGreaterThan(10);
  });

  it('a date-styled number beyond 9999-12-31 stays a number instead of throwing', () => {
    const ctx = { shared: [], dateStyles: [false, true], date1904: false, fileName: 'd.xlsx' };
    const sheet = (v: string) => `<row r="1"><c r="A1" s="1"><v>${v}</v></c></row>`;
    expect(parseSheet(sheet('46053'), ctx)).toEqual([['2026-01-31']]);
    expect(parseSheet(sheet('2958465'), ctx)).toEqual([['9999-12-31']]);
    expect(parseSheet(sheet('2958466'), ctx)).toEqual([['2958466']]);
    expect(parseSheet(sheet('1e20'), ctx)).toEqual([['100000000000000000000']]);
    expect(parseSheet(sheet('-5'), ctx)).toEqual([['-5']]);
  });

  it('a damaged row number or cell reference is refused, not dropped or overwritten', () => {
    const ctx = { shared: [], dateStyles: [], date1904: false, fileName: 'd.xlsx' };
    const str = (ref: string, v: string) => `<c r="${ref}" t="str"><v>${v}</v></c>`;
    for (const sheet of [
      `<row r="0">${str('A1', 'lost')}</row>`,
      `<row r="abc">${str('A1', 'lost')}</row>`,
      `<row r="2">${str('A2', 'first')}</row><row r="2">${str('A2', 'second')}</row>`,
      `<row r="1">${str('1A', 'lost')}</row>`,
      `<row r="1">${str('B1', 'first')}${str('B1', 'second')}</row>`,
    ]) {
      expect(() => parseSheet(sheet, ctx), sheet).toThrow(FileRefusedError);
    }
    expect(parseSheet(`<row r="2">${str('B2', 'kept')}</row>`, ctx)).toEqual([
      ['', ''],
      ['', 'kept'],
    ]);
  });

  it('unclosed tags by the hundred thousand are read in one pass, not one pass per tag', () => {
    const ctx = { shared: [], dateStyles: [], date1904: false, fileName: 'd.xlsx' };
    // Each of these took minutes when every open tag scanned to the end of the sheet for its
    // closing tag; a 1 MB entry needs no compression ratio check, so a 5 KB file could do it.
    const million = (tag: string) => tag.repeat(1_000_000 / tag.length);
    for (const tag of ['<row>', '<row ', '<row><c>', '<row><c r="A1" t="inlineStr"><is>']) {
      expect(parseSheet(million(tag), ctx)).toEqual([]);
    }
    expect(parseSharedStrings(million('<si>'))).toEqual([]);
    expect(parseSharedStrings(`<si>${million('<rPh>')}</si>`)).toEqual(['']);
    expect(parseDateStyles(million('<numFmt '))).toEqual([]);
    expect(parseDateStyles(`<cellXfs>${million('<xf ')}</cellXfs>`)).toEqual([]);
  });
});
