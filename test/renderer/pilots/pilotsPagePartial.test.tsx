import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PilotsTableSource } from '../../../renderer/features/pilots/pilotsTableSource';
import {
  DEFAULT_PILOT_SORTING,
  readPilotsTableOnMainThread,
  type PilotsTable,
} from '../../../renderer/features/pilots/pilotsTableData';
import { DEFAULT_PILOTS_TABLE, useUiStore } from '../../../renderer/app/uiStore';
import { createPerson, createPilot } from '../../../renderer/db';
import { PilotsPage } from '../../../renderer/features/pilots/PilotsPage';
import { renderInPortfolio } from '../agents/harness';
import { deleteOpenedDatabases, newDatabase } from '../db/fixtures';

// The table start-up hands over: here, one whose only answer so far is the first one.
const early = vi.hoisted(() => ({ table: null as unknown }));
vi.mock('../../../renderer/app/startup', async (actual) => ({
  ...(await actual<typeof import('../../../renderer/app/startup')>()),
  takeEarlyPilotsTable: () => early.table,
}));

/** A source that has given `value` and nothing more (the rest not read yet). */
function answered(value: PilotsTable): PilotsTableSource {
  return answering(value).source;
}

/** A source that has given `value`, and gives the next one when the test says. */
function answering(value: PilotsTable) {
  let current = value;
  const listeners = new Set<(table: PilotsTable) => void>();
  const source = {
    hasValue: () => true,
    getValue: () => current,
    preferSorting: () => undefined,
    subscribe: (next: (table: PilotsTable) => void) => {
      listeners.add(next);
      next(current);
      return { unsubscribe: () => listeners.delete(next) };
    },
  };
  const give = (table: PilotsTable) => {
    current = table;
    for (const listener of listeners) listener(table);
  };
  return { source: source as unknown as PilotsTableSource, give };
}

beforeEach(() => {
  useUiStore.setState({
    pilotsTable: DEFAULT_PILOTS_TABLE,
  });
});

afterEach(async () => {
  cleanup();
  early.table = null;
  await deleteOpenedDatabases();
});

describe('Pilots page before the complete table is in', () => {
  it('says it is still reading people and tags, and stops saying so once complete', async () => {
    const db = await newDatabase();
    const sam = await createPerson(db, { name: 'Sam Sponsor' });
    await createPilot(db, { name: 'Pilot 1', sponsorId: sam.id });
    await createPilot(db, { name: 'Pilot 2' });
    const table = await readPilotsTableOnMainThread(db, DEFAULT_PILOT_SORTING);

    early.table = answered({ ...table, complete: false });
    const first = renderInPortfolio(db, <PilotsPage />);
    const footer = await screen.findByText(/^2 of 2 pilots/);
    expect(footer).toHaveTextContent('2 of 2 pilots · reading people and tags…');
    first.unmount();

    early.table = answered(table);
    renderInPortfolio(db, <PilotsPage />);
    const rows = await screen.findByRole('table', { name: 'Pilots' });
    expect(within(rows).getByRole('link', { name: 'Pilot 1' }).closest('tr')).toHaveTextContent(
      'Sam Sponsor',
    );
    expect(screen.getByText(/^2 of 2 pilots/)).toHaveTextContent(/^2 of 2 pilots$/);
  });
});

describe('Pilots page with only the first rows read', () => {
  it('shows them as the first of all, and answers a search only once every pilot is in', async () => {
    const db = await newDatabase();
    const sam = await createPerson(db, { name: 'Sam Sponsor' });
    await createPilot(db, { name: 'Pilot 1', sponsorId: sam.id });
    await createPilot(db, { name: 'Pilot 2' });
    await createPilot(db, { name: 'Pilot 3', tags: ['ocr'], businessUnit: 'Legal' });
    const table = await readPilotsTableOnMainThread(db, DEFAULT_PILOT_SORTING);
    const byName = Array.from(table.presorted.order, (i) => table.rows[i]!);
    // The worker's first answer: the first two rows by name, of three pilots.
    const first: PilotsTable = {
      rows: byName.slice(0, 2),
      presorted: { sorting: DEFAULT_PILOT_SORTING, order: Uint32Array.of(0, 1) },
      complete: false,
      total: 3,
    };
    const { source, give } = answering(first);
    early.table = source;
    renderInPortfolio(db, <PilotsPage />);

    const footer = await screen.findByText(/^2 of 3 pilots/);
    expect(footer).toHaveTextContent(/^2 of 3 pilots · reading the rest…$/);
    const grid = screen.getByRole('table', { name: 'Pilots' });
    expect(within(grid).getByRole('link', { name: 'Pilot 1' }).closest('tr')).toHaveTextContent(
      'Sam Sponsor',
    );
    expect(within(grid).queryByRole('link', { name: 'Pilot 3' })).toBeNull();
    // The table already has the size of all three (header + 3 rows), the third left empty.
    expect(grid).toHaveAttribute('aria-rowcount', '4');
    // The unit filter offers the third pilot's unit, not only those of the rows read.
    await waitFor(() =>
      expect(
        within(screen.getByRole('combobox', { name: 'Filter by business unit' })).getByRole(
          'option',
          { name: 'Legal' },
        ),
      ).toBeInTheDocument(),
    );

    // A search now would look at two pilots of three: the page says it is reading instead.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search pilots' }), 'ocr');
    expect(screen.getAllByText('Reading all 3 pilots…')).toHaveLength(2);
    expect(screen.queryByText('No pilot matches these filters.')).toBeNull();
    expect(within(grid).queryByRole('link')).toBeNull();

    // Every pilot in: the search runs on all of them.
    act(() => give(table));
    expect(await screen.findByText(/^1 of 3 pilots$/)).toBeInTheDocument();
    expect(within(grid).getByRole('link', { name: 'Pilot 3' })).toBeInTheDocument();
    expect(screen.queryByText('Reading all 3 pilots…')).toBeNull();
  });
});
