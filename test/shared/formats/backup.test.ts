import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  backupFileName,
  parseBackup,
  readBackupBytes,
  serializeBackup,
} from '../../../shared/formats/backup';
import { FileRefusedError } from '../../../shared/formats/fileRefusal';
import { generateSamplePortfolio } from '../../../shared/sample';
import { portfolioArbitrary } from './portfolioArbitrary';

const META = { appVersion: '0.1.0', createdAt: '2026-11-29T10:00:00.000Z' };

function refusal(run: () => unknown): FileRefusedError {
  try {
    run();
  } catch (error) {
    if (error instanceof FileRefusedError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

type Rows = Record<string, unknown>[];
interface PlainBackup extends Record<string, unknown> {
  portfolio: { pilots: Rows; series: Rows; decisions: Rows; people: Rows; settings: unknown };
}

/** A valid backup as a plain object, to be broken in one place by each test. */
function sampleFile(): PlainBackup {
  const data = generateSamplePortfolio({ today: '2026-11-29' });
  return JSON.parse(serializeBackup(data, META)) as PlainBackup;
}

describe('backup round trip', () => {
  it('serialize → parse → serialize is byte-identical for thousands of random records', () => {
    let records = 0;
    fc.assert(
      fc.property(portfolioArbitrary({ maxRecords: 12 }), (data) => {
        const first = serializeBackup(data, META);
        const parsed = parseBackup(first, 'random.json');
        const second = serializeBackup(parsed.data, META);
        expect(second).toBe(first);
        records += Object.values(parsed.data).reduce(
          (n, t) => n + (Array.isArray(t) ? t.length : 1),
          0,
        );
      }),
      { numRuns: 150 },
    );
    expect(records).toBeGreaterThan(3_000);
  }, 120_000);

  it('keeps the sample portfolio record for record, notes and extreme values included', () => {
    const data = generateSamplePortfolio({ today: '2026-11-29' });
    const text = serializeBackup(data, META);
    const { header, data: back } = readBackupBytes(new TextEncoder().encode(text), 's.json');
    expect(header).toEqual({ format: 'pilot-portfolio-backup', formatVersion: 1, ...META });
    expect(back.pilots).toHaveLength(data.pilots.length);
    const series = data.series[0]!;
    const restored = back.series.find((s) => s.metricId === series.metricId)!;
    expect(Array.from(restored.values)).toEqual(Array.from(series.values));
    expect(restored.days).toBeInstanceOf(Float64Array);
  });

  it('writes the header first, one record per line, keys in a fixed order', () => {
    const text = serializeBackup(generateSamplePortfolio({ today: '2026-11-29' }), META);
    expect(
      text.startsWith('{\n  "format": "pilot-portfolio-backup",\n  "formatVersion": 1,\n'),
    ).toBe(true);
    const pilotLine = text.split('\n').find((l) => l.includes('"stage"'))!;
    expect(pilotLine).toMatch(/^ {6}\{"id":"[0-9a-f-]{36}","agentSeats":/);
  });

  it('orders note keys the same whatever order they were added in', () => {
    const data = generateSamplePortfolio({ today: '2026-11-29' });
    const s = data.series[0]!;
    const [a, b] = [String(s.days[0]), String(s.days[1])];
    const one = serializeBackup(
      { ...data, series: [{ ...s, notes: { [a]: 'first', [b]: 'second' } }] },
      META,
    );
    const two = serializeBackup(
      { ...data, series: [{ ...s, notes: { [b]: 'second', [a]: 'first' } }] },
      META,
    );
    expect(one).toBe(two);
  });

  it('names the file after the portfolio and the day, without characters file systems refuse', () => {
    expect(backupFileName('Northwind Group', '2026-11-29')).toBe(
      'Northwind Group-2026-11-29.pilot-portfolio.json',
    );
    expect(backupFileName('A/B: "C"?', '2026-11-29')).toBe(
      'A-B- -C---2026-11-29.pilot-portfolio.json',
    );
    expect(backupFileName(' .. ', '2026-11-29')).toBe('portfolio-2026-11-29.pilot-portfolio.json');
  });
});

describe('hostile and broken backups are refused with a message naming the place', () => {
  it('a newer format version, naming both versions', () => {
    const file = sampleFile();
    file.formatVersion = 2;
    file.appVersion = '3.0.0';
    const error = refusal(() => parseBackup(JSON.stringify(file), 'future.json'));
    expect(error.headline).toBe(
      '“future.json” was written in backup format version 2 by Pilot Portfolio 3.0.0; this ' +
        `version of the app reads backup format version ${BACKUP_FORMAT_VERSION}. Update the app ` +
        'to restore it. Nothing was changed.',
    );
  });

  it('a file that is not a backup', () => {
    expect(refusal(() => parseBackup('{"pilots":[]}', 'x.json')).headline).toContain(
      '“x.json” is not a Pilot Portfolio backup: it has no "format": "pilot-portfolio-backup"',
    );
    expect(refusal(() => parseBackup('[1,2]', 'x.json')).headline).toContain('is not a Pilot');
    expect(refusal(() => parseBackup('{"format": ', 'x.json')).headline).toMatch(
      /^“x\.json” is not valid JSON \(/,
    );
    expect(
      refusal(() => readBackupBytes(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]), 'b.bin')).headline,
    ).toContain('it is not UTF-8 text');
  });

  it('unknown fields, at any depth, each named by its path', () => {
    const file = sampleFile();
    (file.portfolio.pilots[2] as Record<string, unknown>).secretField = 1;
    (file.portfolio.settings as unknown as { branding: Record<string, unknown> }).branding.font =
      'x';
    file.extra = true;
    const error = refusal(() => parseBackup(JSON.stringify(file), 'f.json'));
    expect(error.headline).toContain('it has fields this version of the app does not know');
    expect(error.issues.map((i) => i.where).sort()).toEqual([
      'extra',
      'portfolio.pilots[2].secretField',
      'portfolio.settings.branding.font',
    ]);
  });

  it('__proto__, constructor and prototype keys, without polluting any prototype', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = serializeBackup(generateSamplePortfolio({ today: '2026-11-29' }), META).replace(
        '"name":',
        `"${key}":{"polluted":true,"isAdmin":true},"name":`,
      );
      const error = refusal(() => parseBackup(text, 'evil.json'));
      expect(error.headline).toBe('“evil.json” was refused: it contains a forbidden structure.');
      expect(error.issues[0]!.where).toMatch(new RegExp(`\\.${key}$`));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    }
    // An escaped spelling is the same key once parsed.
    const escaped = '{"format":"pilot-portfolio-backup","\\u005f_proto__":{"x":1}}';
    expect(refusal(() => parseBackup(escaped, 'e.json')).issues[0]!.where).toBe('__proto__');
  });

  it('wrong types and values, naming the record by its name', () => {
    const file = sampleFile();
    const pilot = file.portfolio.pilots[1] as Record<string, unknown>;
    pilot.budget = '1000';
    pilot.stage = 'moon';
    const error = refusal(() => parseBackup(JSON.stringify(file), 'f.json'));
    expect(error.headline).toBe(
      '“f.json” was refused: 2 field(s) are not valid. Nothing was changed.',
    );
    expect(error.issues).toEqual([
      {
        where: 'portfolio.pilots[1].stage',
        message: expect.stringContaining(`(“${String(pilot.name)}”)`) as string,
      },
      {
        where: 'portfolio.pilots[1].budget',
        message: `Invalid input: expected number, received string (“${String(pilot.name)}”)`,
      },
    ]);
  });

  it('a series with unsorted days or a note on a day without a value', () => {
    const file = sampleFile();
    const series = file.portfolio.series[0] as { days: number[]; notes: Record<string, string> };
    series.notes = { '-99999': 'orphan note' };
    let error = refusal(() => parseBackup(JSON.stringify(file), 'f.json'));
    expect(error.issues).toEqual([
      {
        where: 'portfolio.series[0].notes["-99999"]',
        message: 'is a note on a day that has no measurement',
      },
    ]);
    series.notes = {};
    series.days.reverse();
    error = refusal(() => parseBackup(JSON.stringify(file), 'f.json'));
    expect(error.issues[0]!).toMatchObject({
      where: 'portfolio.series[0]',
      message: expect.stringContaining('days must be strictly ascending') as string,
    });
  });

  it('references to records that are not in the file, and ids used twice', () => {
    const file = sampleFile();
    const decision = file.portfolio.decisions[0] as Record<string, unknown>;
    decision.pilotId = '00000000-0000-4000-8000-000000000000';
    file.portfolio.people.push(file.portfolio.people[0]!);
    const error = refusal(() => parseBackup(JSON.stringify(file), 'f.json'));
    expect(error.headline).toContain('some records point at records that are not in it');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        {
          where: `portfolio.people[${file.portfolio.people.length - 1}].id`,
          message: expect.stringContaining('is used twice') as string,
        },
        {
          where: 'portfolio.decisions[0].pilotId',
          message:
            'points at a pilot that is not in the file (id 00000000-0000-4000-8000-000000000000)',
        },
      ]),
    );
  });

  it('nesting deeper than any record, quickly and without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const started = performance.now();
    const error = refusal(() => parseBackup(deep, 'deep.json'));
    expect(error.issues[0]!.message).toBe('nested more than 32 levels deep');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a file above the size cap, before reading it', () => {
    const huge = { byteLength: 600 * 1024 * 1024 } as Uint8Array;
    expect(refusal(() => readBackupBytes(huge, 'big.json')).headline).toBe(
      '“big.json” is 600 MB; the largest backup the app restores is 500 MB. Nothing was changed.',
    );
  });
});
