import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PilotsTableSource } from '../../../renderer/features/pilots/pilotsTableSource';
import {
  DEFAULT_PILOT_SORTING,
  readPilotsTableOnMainThread,
  type PilotsTable,
} from '../../../renderer/features/pilots/pilotsTableData';
import { useUiStore } from '../../../renderer/app/uiStore';
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
  const source = {
    hasValue: () => true,
    getValue: () => value,
    preferSorting: () => undefined,
    subscribe: (next: (table: PilotsTable) => void) => {
      next(value);
      return { unsubscribe: () => undefined };
    },
  };
  return source as unknown as PilotsTableSource;
}

beforeEach(() => {
  useUiStore.setState({
    pilotsTable: { search: '', stage: '', businessUnit: '', sorting: [...DEFAULT_PILOT_SORTING] },
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
