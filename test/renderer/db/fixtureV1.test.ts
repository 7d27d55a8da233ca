import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PortfolioDatabase, TABLE_NAMES, readPortfolioData } from '../../../renderer/db';
import { decodeRows } from './fixtureCodec';
import { buildDatabaseAtVersion, canonicalRows, type Rows } from './migrationHarness';

// The sample portfolio exactly as schema version 1 stored it, frozen on 2026-11-29. It is never
// regenerated: later versions of the app must keep reading what version 1 wrote.
// jsdom gives import.meta.url an http scheme, so resolve from the project root (vitest's cwd).
const FIXTURE = resolve(process.cwd(), 'test/fixtures/schema-v1-sample.json');

const NAME = 'fixture-v1-sample';
afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('a portfolio saved at schema version 1 (fixture)', () => {
  it('opens with today’s code with every record unchanged', async () => {
    const rows = decodeRows(readFileSync(FIXTURE, 'utf8'));
    expect(rows.pilots).toHaveLength(24);
    expect(rows.series).toHaveLength(53);
    await buildDatabaseAtVersion(NAME, 1, rows);

    const db = new PortfolioDatabase(NAME);
    await db.open();
    const read: Rows = {};
    for (const table of TABLE_NAMES) read[table] = await db.tableOf(table).toArray();
    expect(canonicalRows(read)).toEqual(canonicalRows(rows));

    // And the whole portfolio reads through the app's own reader, measurements included.
    const data = await readPortfolioData(db);
    const measurements = data.series.reduce((sum, s) => sum + s.days.length, 0);
    expect(measurements).toBe(1872);
    expect(data.settings.name).toBe('Northwind Group — AI pilots');
    db.close();
  });
});
