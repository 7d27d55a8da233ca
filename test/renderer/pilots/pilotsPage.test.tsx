import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PILOTS_TABLE, useUiStore } from '../../../renderer/app/uiStore';
import { createPerson, createPilot, updatePilot } from '../../../renderer/db';
import { PilotDialog } from '../../../renderer/features/pilots/PilotDialog';
import { PilotsPage } from '../../../renderer/features/pilots/PilotsPage';
import { renderInPortfolio } from '../agents/harness';
import { deleteOpenedDatabases, newDatabase } from '../db/fixtures';

beforeEach(() => {
  useUiStore.setState({ pilotsTable: DEFAULT_PILOTS_TABLE, pilotDialog: null });
});

afterEach(async () => {
  cleanup();
  await deleteOpenedDatabases();
});

async function seed() {
  const db = await newDatabase();
  const sam = await createPerson(db, { name: 'Sam Sponsor' });
  const lee = await createPerson(db, { name: 'Lee Lead' });
  const ten = await createPilot(db, { name: 'Pilot 10', budget: 100, sponsorId: sam.id });
  await createPilot(db, { name: 'Pilot 2', budget: 300, leadId: lee.id, stage: 'pilot' });
  await createPilot(db, { name: 'Pilot 3', budget: 200 });
  return { db, sam, ten };
}

const pilotNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('Pilots page', () => {
  it('lists pilots by name with their sponsor and lead, sorts by a header, and filters', async () => {
    const user = userEvent.setup();
    const { db, ten } = await seed();
    renderInPortfolio(db, <PilotsPage />);
    const table = await screen.findByRole('table', { name: 'Pilots' });
    await waitFor(() => expect(pilotNames(table)).toEqual(['Pilot 2', 'Pilot 3', 'Pilot 10']));
    expect(within(table).getByRole('columnheader', { name: /Pilot/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const tenRow = within(table).getByRole('link', { name: 'Pilot 10' }).closest('tr')!;
    expect(tenRow).toHaveTextContent('Sam Sponsor');
    expect(screen.getByText('3 of 3 pilots')).toBeVisible();

    // A figure column sorts largest first on the first click, then smallest first.
    await user.click(within(table).getByRole('button', { name: /Budget/ }));
    expect(pilotNames(table)).toEqual(['Pilot 2', 'Pilot 3', 'Pilot 10']);
    expect(within(table).getByRole('columnheader', { name: /Budget/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await user.click(within(table).getByRole('button', { name: /Budget/ }));
    expect(pilotNames(table)).toEqual(['Pilot 10', 'Pilot 3', 'Pilot 2']);

    // Search reaches the people's names; the stage filter narrows too.
    await user.type(screen.getByLabelText('Search pilots'), 'lee lead');
    expect(pilotNames(table)).toEqual(['Pilot 2']);
    expect(screen.getByText('1 of 3 pilots')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Filter by stage'), 'idea');
    expect(pilotNames(table)).toEqual(['Pilot 10', 'Pilot 3']);

    // The table follows the database live.
    await updatePilot(db, ten.id, { name: 'Pilot 1' });
    await waitFor(() => expect(pilotNames(table)).toEqual(['Pilot 1', 'Pilot 3']));
  });

  it('opens an edit with the sponsor chosen, the people being read only once it is open', async () => {
    const { db, ten } = await seed();
    renderInPortfolio(
      db,
      <>
        <PilotsPage />
        <PilotDialog />
      </>,
    );
    await screen.findByRole('link', { name: 'Pilot 10' });
    useUiStore.getState().openPilotDialog({ mode: 'edit', pilotId: ten.id });
    const dialog = await screen.findByRole('dialog', { name: 'Edit “Pilot 10”' });
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Sponsor')).toHaveDisplayValue('Sam Sponsor'),
    );
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Pilot 10');
  });
});
