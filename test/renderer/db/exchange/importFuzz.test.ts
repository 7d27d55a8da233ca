import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayToIso, isoToDay } from '../../../../shared/dates';
import { csvLine } from '../../../../shared/formats/csv';
import { FileRefusedError, type FileIssue } from '../../../../shared/formats/fileRefusal';
import { IMPORT_ROLES } from '../../../../shared/formats/measurementImport';
import {
  MeasurementExistsError,
  loadPortfolioData,
  type PortfolioDatabase,
} from '../../../../renderer/db';
import {
  findExistingDates,
  importMeasurementColumns,
  type ImportColumnsResult,
  type OnExistingDate,
} from '../../../../renderer/db/exchange';
import { matchGroups } from '../../../../renderer/features/data/matchGroups';
import { parseFile, prepareImport } from '../../../../renderer/workers/csvImportEngine';
import {
  byteMutation,
  expectPrototypesUntouched,
  expectReadableRefusal,
  hostileCell,
  mutateBytes,
  prototypeKeys,
} from '../../../shared/formats/fuzzKit';
import { buildZip } from '../../../shared/formats/xlsxFixture';
import { buildSmallPortfolio, deleteOpenedDatabases, emptyDatabase } from '../fixtures';
import { readRawDatabase } from '../migrationHarness';

/**
 * Hostile CSV and XLSX files through the import exactly as the app runs it — the worker's parse
 * and prepare (renderer/workers/csvImportEngine.ts), then matchGroups, findExistingDates and
 * importMeasurementColumns, as useImportFlow calls them — into a fake-indexeddb portfolio that
 * already holds data. Whatever the file, the import ends in a refusal with a message, a list of
 * row issues, or a complete import; unless it completes, the database is exactly as before.
 */

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteOpenedDatabases();
});

const protoBefore = prototypeKeys();

async function portfolio(): Promise<PortfolioDatabase> {
  const db = emptyDatabase();
  await db.open();
  await loadPortfolioData(db, buildSmallPortfolio());
  return db;
}

type Outcome =
  | { kind: 'refused'; error: FileRefusedError }
  /** The header did not name the metric, date and value columns: the person must map them. */
  | { kind: 'unmapped' }
  | { kind: 'issues'; issues: FileIssue[] }
  | { kind: 'clash'; error: MeasurementExistsError }
  | { kind: 'imported'; result: ImportColumnsResult; rows: number };

interface Answers {
  createMissing: boolean;
  onExisting: OnExistingDate;
  decimal: '.' | ',';
  dateOrder: 'dmy' | 'mdy';
}

/** What useImportFlow does with a picked file, the person's answers given up front. */
async function importLikeTheApp(
  db: PortfolioDatabase,
  bytes: Uint8Array,
  fileName: string,
  answers: Answers,
): Promise<Outcome> {
  let summary;
  try {
    summary = (await parseFile({ bytes, fileName }, { progress: () => undefined })).value;
  } catch (error) {
    if (!(error instanceof FileRefusedError)) throw error;
    expectReadableRefusal(error);
    return { kind: 'refused', error };
  }
  const { guess } = summary;
  const mapped = IMPORT_ROLES.map((r) => guess[r]).filter((i) => i !== null);
  if (guess.metric === null || guess.date === null || guess.value === null) {
    return { kind: 'unmapped' };
  }
  expect(new Set(mapped).size).toBe(mapped.length);
  let prepared = prepareImport({
    mapping: guess,
    choice: { decimal: null, dateOrder: null },
  }).value;
  if (prepared.kind === 'ask') {
    const choice = { decimal: answers.decimal, dateOrder: answers.dateOrder };
    prepared = prepareImport({ mapping: guess, choice }).value;
  }
  if (prepared.kind !== 'converted') throw new Error('asked again after the answers');
  const { conversion } = prepared;
  if (conversion.totalIssues > 0) return { kind: 'issues', issues: conversion.issues };
  if (conversion.rowCount === 0) return { kind: 'issues', issues: [] };
  const header = (i: number | null) =>
    i === null ? null : summary.headers[i] || `Column ${i + 1}`;
  const matched = await matchGroups(db, conversion.groups, {
    createMissing: answers.createMissing,
    pilotColumn: header(guess.pilot),
    metricColumn: header(guess.metric) ?? 'metric',
  });
  if (matched.totalIssues > 0) return { kind: 'issues', issues: matched.issues };
  // The app asks "keep or replace?" when dates exist; with 'error' the write itself must refuse.
  await findExistingDates(db, matched.items);
  try {
    const result = await importMeasurementColumns(db, matched.items, {
      fileName,
      onExisting: answers.onExisting,
    });
    return { kind: 'imported', result, rows: conversion.rowCount };
  } catch (error) {
    if (!(error instanceof MeasurementExistsError)) throw error;
    expect(error.message.trim()).not.toBe('');
    return { kind: 'clash', error };
  }
}

function expectIssuesReadable(issues: FileIssue[]): void {
  for (const issue of issues) {
    expect(issue.message.trim()).not.toBe('');
    if (issue.where) expect(issue.where).toMatch(/^Row \d+, column /);
  }
}

/** Names in the small portfolio (Invoice triage has both metrics), and names it lacks. */
const pilotMetric = fc.constantFrom(
  ['Invoice triage', 'Cycle time'],
  ['invoice TRIAGE ', 'Invoices touched'],
  ['Claims bot 🚀', 'Handling time'],
  ['مطالبات', 'زمن المعالجة'],
  ['=cmd|calc', '@risk'],
  ['__proto__', 'constructor'],
);

interface FileSpec {
  rows: string[][];
  format: 'csv' | 'xlsx';
  delimiter: ',' | ';' | '\t' | '|';
  decimal: '.' | ',';
  dateStyle: 'iso' | 'dmy' | 'mdy';
  bom: boolean;
  crlf: boolean;
}

/** A valid measurements file: distinct days, values with two decimals, a note now and then. */
const fileSpec: fc.Arbitrary<FileSpec> = fc
  .record({
    lines: fc.array(
      fc.record({
        names: pilotMetric,
        value: fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
        note: fc.option(hostileCell, { nil: '' }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    format: fc.constantFrom('csv' as const, 'csv' as const, 'xlsx' as const),
    delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const, '|' as const),
    decimal: fc.constantFrom('.' as const, ',' as const),
    dateStyle: fc.constantFrom('iso' as const, 'dmy' as const, 'mdy' as const),
    bom: fc.boolean(),
    crlf: fc.boolean(),
  })
  .map(({ lines, ...format }) => {
    const first = isoToDay('2026-03-01');
    const rows = lines.map(({ names, value, note }, i) => {
      const [y, m, d] = dayToIso(first + i * 3).split('-') as [string, string, string];
      const date =
        format.dateStyle === 'iso'
          ? `${y}-${m}-${d}`
          : format.dateStyle === 'dmy'
            ? `${d}/${m}/${y}`
            : `${m}/${d}/${y}`;
      const text = String(value);
      return [
        names[0],
        names[1],
        date,
        format.decimal === ',' ? text.replace('.', ',') : text,
        note,
      ];
    });
    return { ...format, rows };
  });

const xmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WORKBOOK =
  '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>';

/** The file's bytes as a spreadsheet writes them (our own CSV export's quoting). */
async function fileBytes(spec: FileSpec): Promise<Uint8Array> {
  const table = [['pilot', 'metric', 'date', 'value', 'note'], ...spec.rows];
  if (spec.format === 'xlsx') {
    const sheet = table
      .map(
        (row, r) =>
          `<row r="${r + 1}">${row
            .map((cell) => `<c t="inlineStr"><is><t>${xmlEscape(cell)}</t></is></c>`)
            .join('')}</row>`,
      )
      .join('');
    return buildZip([
      { name: 'xl/workbook.xml', text: WORKBOOK },
      { name: 'xl/_rels/workbook.xml.rels', text: RELS },
      {
        name: 'xl/worksheets/sheet1.xml',
        text: `<worksheet><sheetData>${sheet}</sheetData></worksheet>`,
      },
    ]);
  }
  const eol = spec.crlf ? '\r\n' : '\n';
  const text = table.map((row) => csvLine(row, spec.delimiter)).join(eol) + eol;
  return new TextEncoder().encode(spec.bom ? `\uFEFF${text}` : text);
}

const answersArb = fc.record({
  createMissing: fc.boolean(),
  onExisting: fc.constantFrom('error' as const, 'keep' as const, 'replace' as const),
});

/** The answers to "which decimal separator?" and "day or month first?" that fit the file. */
function truthfulFormats(spec: FileSpec): Pick<Answers, 'decimal' | 'dateOrder'> {
  return { decimal: spec.decimal, dateOrder: spec.dateStyle === 'mdy' ? 'mdy' : 'dmy' };
}

describe('hostile import files against a portfolio with data', () => {
  it('mutated CSV and XLSX files: a complete import, or a refusal and the database unchanged', async () => {
    const db = await portfolio();
    const seen = new Set<Outcome['kind']>();
    await fc.assert(
      fc.asyncProperty(
        fileSpec,
        fc.array(fc.tuple(fc.nat(), fc.nat(), hostileCell), { maxLength: 3 }),
        fc.array(byteMutation, { maxLength: 3 }),
        answersArb,
        async (spec, replacements, mutations, answers) => {
          // Hostile text in random cells (header included), then hostile bytes anywhere.
          const rows = spec.rows.map((r) => [...r]);
          for (const [row, column, text] of replacements) {
            const target = rows[row % rows.length] as string[];
            target[column % target.length] = text;
          }
          const bytes = mutateBytes(await fileBytes({ ...spec, rows }), mutations);
          const before = await readRawDatabase(db.name);
          const fileName = spec.format === 'xlsx' ? 'm.xlsx' : 'm.csv';
          // The person answers the format questions truthfully; the rest is their choice.
          const outcome = await importLikeTheApp(db, bytes, fileName, {
            ...answers,
            ...truthfulFormats(spec),
          });
          seen.add(outcome.kind);
          expectPrototypesUntouched(protoBefore);
          if (outcome.kind === 'issues') expectIssuesReadable(outcome.issues);
          if (outcome.kind === 'imported') {
            const { added, replaced, kept } = outcome.result;
            expect(added + replaced + kept).toBe(outcome.rows);
          } else {
            expect(await readRawDatabase(db.name)).toEqual(before);
          }
          if (replacements.length === 0 && mutations.length === 0 && answers.createMissing) {
            // The file as written, with its names created where missing, always imports (or,
            // asked to refuse clashes, meets the dates an earlier run imported).
            expect(outcome.kind).toBe(
              outcome.kind === 'clash' && answers.onExisting === 'error' ? 'clash' : 'imported',
            );
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(seen.has('imported')).toBe(true);
    expect(seen.has('refused') || seen.has('issues')).toBe(true);
  });

  it('one bad row anywhere in a valid file: nothing imported, the row and field named', async () => {
    const db = await portfolio();
    const badField = fc.constantFrom(
      { column: 3, text: '12..5', field: 'value' },
      { column: 3, text: '', field: 'value' },
      { column: 3, text: '1e999', field: 'value' },
      { column: 2, text: '2026-02-30', field: 'date' },
      { column: 2, text: '0026-01-31', field: 'date' },
      { column: 1, text: '', field: 'metric' },
      { column: 0, text: 'x'.repeat(201), field: 'pilot' },
      { column: 4, text: 'n'.repeat(5_001), field: 'note' },
    );
    await fc.assert(
      fc.asyncProperty(fileSpec, fc.nat(), badField, async (spec, at, bad) => {
        const rows = spec.rows.map((r) => [...r]);
        const k = at % rows.length;
        (rows[k] as string[])[bad.column] = bad.text;
        const before = await readRawDatabase(db.name);
        const outcome = await importLikeTheApp(db, await fileBytes({ ...spec, rows }), 'm.csv', {
          createMissing: true,
          onExisting: 'error',
          ...truthfulFormats(spec),
        });
        expect(outcome.kind).toBe('issues');
        if (outcome.kind === 'issues') {
          expect(outcome.issues.map((i) => i.where)).toContain(`Row ${k + 2}, column ${bad.field}`);
        }
        expect(await readRawDatabase(db.name)).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  it('a clash with a stored date, or a storage error at any write: the database unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fileSpec,
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        async (spec, k, clash) => {
          // A fresh portfolio each time: an earlier run's import would clash with this one.
          const db = await portfolio();
          const rows = spec.rows.map((r) => [...r]);
          if (clash) {
            // Cycle time of Invoice triage has a value on 2026-01-12 already.
            rows.push(['Invoice triage', 'Cycle time', '2026-01-12', '1', '']);
          }
          let writes = 0;
          for (const method of ['put', 'add'] as const) {
            const original = IDBObjectStore.prototype[method];
            vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
              this: IDBObjectStore,
              ...args: Parameters<IDBObjectStore['put']>
            ) {
              writes++;
              if (!clash && writes === k) {
                throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
              }
              return original.apply(this, args);
            });
          }
          const before = await readRawDatabase(db.name);
          const outcome = await importLikeTheApp(
            db,
            await fileBytes({ ...spec, rows, format: 'csv' }),
            'm.csv',
            {
              createMissing: true,
              onExisting: 'error',
              ...truthfulFormats(spec),
            },
          ).catch((error: unknown) => ({ kind: 'storage' as const, error }));
          vi.restoreAllMocks();
          if (clash) expect(outcome.kind).toBe('clash');
          else if (outcome.kind === 'storage')
            expect(String(outcome.error)).toContain('QuotaExceeded');
          // Fewer than k writes: the import finished before the failure point.
          else expect(outcome.kind).toBe('imported');
          if (outcome.kind !== 'imported') expect(await readRawDatabase(db.name)).toEqual(before);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('files 1,000 columns wide are read; 1,001 and more are refused from the header', async () => {
    const db = await portfolio();
    for (const width of [1_000, 1_001, 16_384]) {
      const header = [
        'pilot',
        'metric',
        'date',
        'value',
        ...Array.from(
          { length: width - 4 },
          (_v, i) => ['__proto__', 'constructor', 'prototype'][i % 3] as string,
        ),
      ];
      const row = [
        'Invoice triage',
        'Cycle time',
        '2026-04-01',
        '3',
        ...Array(width - 4).fill('x'),
      ];
      const before = await readRawDatabase(db.name);
      const outcome = await importLikeTheApp(
        db,
        new TextEncoder().encode(`${header.join(',')}\n${row.join(',')}\n`),
        'wide.csv',
        { createMissing: false, onExisting: 'error', decimal: '.', dateOrder: 'dmy' },
      );
      expectPrototypesUntouched(protoBefore);
      if (width === 1_000) {
        expect(outcome).toMatchObject({ kind: 'imported', result: { added: 1 } });
      } else {
        expect(outcome.kind).toBe('refused');
        expect(await readRawDatabase(db.name)).toEqual(before);
      }
    }
  });
});
