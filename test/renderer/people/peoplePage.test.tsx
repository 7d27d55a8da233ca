import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PeoplePage } from '../../../renderer/features/people/PeoplePage';
import { renderInPortfolio, seedInvoiceReaders } from '../agents/harness';
import { deleteOpenedDatabases, newDatabase } from '../db/fixtures';

afterEach(async () => {
  cleanup();
  await deleteOpenedDatabases();
});

describe('People page', () => {
  it('adds a person with the default capacity shown, and refuses a negative hourly cost', async () => {
    const user = userEvent.setup();
    const db = await newDatabase();
    renderInPortfolio(db, <PeoplePage />);
    await user.click((await screen.findAllByRole('button', { name: 'New person' }))[0]!);
    const form = await screen.findByRole('dialog', { name: 'New person' });
    // New portfolios default to 4 h a week of oversight.
    expect(within(form).getByText(/Blank: the default, 4 h/)).toBeVisible();
    await user.type(within(form).getByLabelText('Name'), 'Dana Reviewer');
    await user.type(within(form).getByLabelText('Hourly cost (EUR)'), '-5');
    await user.click(within(form).getByRole('button', { name: 'Add person' }));
    expect(await within(form).findByText(/Enter an amount of zero or more/)).toBeVisible();
    await user.clear(within(form).getByLabelText('Hourly cost (EUR)'));
    await user.type(within(form).getByLabelText('Hourly cost (EUR)'), '70');
    await user.click(within(form).getByRole('button', { name: 'Add person' }));
    expect(await screen.findByRole('link', { name: 'Dana Reviewer' })).toBeVisible();
    expect((await db.people.toArray())[0]).toMatchObject({
      hourlyCost: 70,
      oversightCapacityHours: null,
    });
  });

  it('flags an overloaded supervisor first, shows who is served by which agent, deletes with undo', async () => {
    const user = userEvent.setup();
    const { db } = await seedInvoiceReaders();
    renderInPortfolio(db, <PeoplePage />);

    const load = await screen.findByRole('table', { name: 'Supervision load per supervisor' });
    const [, first] = within(load).getAllByRole('row');
    expect(first).toHaveTextContent('Ana Supervisor');
    expect(first).toHaveTextContent('12 h');
    expect(first).toHaveTextContent('120%');
    expect(first).toHaveTextContent('Overloaded');

    const everyone = screen.getByRole('table', { name: 'People' });
    const ben = within(everyone).getByRole('link', { name: 'Ben Clerk' }).closest('tr')!;
    expect(within(ben as HTMLElement).getByRole('link', { name: 'Invoice reader' })).toBeVisible();
    expect(
      within(ben as HTMLElement).getByRole('link', { name: 'Invoice reading bot' }),
    ).toBeVisible();

    await user.click(within(everyone).getByRole('button', { name: 'Delete Ben Clerk' }));
    await user.click(await screen.findByRole('button', { name: 'Delete person' }));
    await waitFor(() =>
      expect(within(everyone).queryByRole('link', { name: 'Ben Clerk' })).toBeNull(),
    );
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await within(everyone).findByRole('link', { name: 'Ben Clerk' })).toBeVisible();
    const assignments = await db.assignments.toArray();
    expect(assignments.every((a) => a.servedPersonIds.length === 1)).toBe(true);
  });
});
