import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_HIDDEN_PILOT_COLUMNS,
  DEFAULT_PILOTS_TABLE,
  useUiStore,
} from '../../../renderer/app/uiStore';
import { createPerson, createPilot } from '../../../renderer/db';
import { PilotsPage } from '../../../renderer/features/pilots/PilotsPage';
import { renderInPortfolio } from '../agents/harness';
import { deleteOpenedDatabases, newDatabase } from '../db/fixtures';

beforeEach(() => {
  useUiStore.setState({
    pilotsTable: DEFAULT_PILOTS_TABLE,
    pilotsHiddenColumns: DEFAULT_HIDDEN_PILOT_COLUMNS,
  });
});

afterEach(async () => {
  cleanup();
  await deleteOpenedDatabases();
});

const headers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((th) => th.textContent);

describe('Pilots table column choice', () => {
  it('hides and shows columns from the Columns menu, and sorts by name when the sorted one goes', async () => {
    const user = userEvent.setup();
    const db = await newDatabase();
    const lee = await createPerson(db, { name: 'Lee Lead' });
    await createPilot(db, { name: 'Invoices', leadId: lee.id, tags: ['finance', 'quick-win'] });
    await createPilot(db, { name: 'Access', fte: 3 });
    renderInPortfolio(db, <PilotsPage />);
    const table = await screen.findByRole('table', { name: 'Pilots' });
    await waitFor(() => expect(within(table).getAllByRole('link')).toHaveLength(2));
    expect(headers(table)).toEqual([
      'Pilot',
      'Stage',
      'Business unit',
      'Sponsor',
      'Lead',
      'Next review',
      'Budget',
      'FTE',
    ]);

    // Sorted by FTE, then FTE is hidden: the table goes back to its name order.
    await user.click(within(table).getByRole('button', { name: /FTE/ }));
    expect(useUiStore.getState().pilotsTable.sorting).toEqual([{ id: 'fte', desc: true }]);
    await user.click(screen.getByRole('button', { name: /Columns/ }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitemcheckbox', { name: /Pilot/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'FTE' }));
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Lead' }));
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Tags' }));
    // The menu stays open while columns are chosen.
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'Tags' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(headers(table)).toEqual([
      'Pilot',
      'Stage',
      'Business unit',
      'Sponsor',
      'Next review',
      'Budget',
      'Tags',
    ]);
    expect(useUiStore.getState().pilotsTable.sorting).toEqual([{ id: 'name', desc: false }]);
    const invoices = within(table).getByRole('link', { name: 'Invoices' }).closest('tr')!;
    expect(invoices).toHaveTextContent('finance, quick-win');
    expect(invoices).not.toHaveTextContent('Lee Lead');
    expect(useUiStore.getState().pilotsHiddenColumns).toEqual(['fte', 'leadName']);

    await user.click(within(menu).getByRole('menuitem', { name: 'Default columns' }));
    expect(headers(table)).toContain('Lead');
    expect(headers(table)).not.toContain('Tags');
  });

  it('always shows the name, whatever a stored preference says', async () => {
    useUiStore.setState({ pilotsHiddenColumns: ['name', 'fte'] });
    const db = await newDatabase();
    await createPilot(db, { name: 'Invoices' });
    renderInPortfolio(db, <PilotsPage />);
    const table = await screen.findByRole('table', { name: 'Pilots' });
    await waitFor(() => expect(within(table).getAllByRole('link')).toHaveLength(1));
    expect(headers(table)[0]).toBe('Pilot');
    expect(headers(table)).not.toContain('FTE');
  });
});
