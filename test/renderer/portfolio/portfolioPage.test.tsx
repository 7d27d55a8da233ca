import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../../../renderer/app/uiStore';
import { NO_FILTERS } from '@shared/domain/portfolio';
import { PortfolioPage } from '../../../renderer/features/portfolio/PortfolioPage';
import { renderInPortfolio } from '../agents/harness';
import { deleteOpenedDatabases } from '../db/fixtures';
import { seedSmallPortfolio } from './seed';

beforeEach(() => {
  // Only Date is faked: the worked examples are computed on 15 June 2026.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-15T10:00:00'));
  act(() => useUiStore.setState({ portfolioFilters: NO_FILTERS, decisionDialogPilotId: null }));
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await deleteOpenedDatabases();
});

describe('Portfolio page', () => {
  it('states each chart’s finding from the aggregation (inline, as jsdom has no Worker)', async () => {
    const { db } = await seedSmallPortfolio();
    renderInPortfolio(db, <PortfolioPage />);
    expect(
      await screen.findByRole('heading', { name: '1 of 3 running pilots to scale, 0 to stop' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: '1 of 2 expansions to date were earned (67% of the budget granted)',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: '1 of 3 running pilots are scaling or scaled; 1 moved up to date',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: '1 of 2 measured pilots are at ≥ 80 % of their outcome targets',
      }),
    ).toBeInTheDocument();
    const tiles = screen.getByRole('group', { name: 'Headline figures' });
    expect(within(tiles).getByText('Running pilots').nextSibling).toHaveTextContent('3');
    // Charts draw as images named by their summary, one after another (one per frame).
    await waitFor(() => expect(screen.getAllByRole('img').length).toBeGreaterThanOrEqual(4));
  });

  it('filters tiles and charts to one business unit, and keeps the filter in the UI store', async () => {
    const { db } = await seedSmallPortfolio();
    const user = userEvent.setup();
    renderInPortfolio(db, <PortfolioPage />);
    await screen.findByText('All 4 pilots');
    await user.selectOptions(screen.getByLabelText('Business unit'), 'Finance');
    expect(screen.getByText('2 of 4 pilots')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: '1 of 1 expansions to date were earned (75% of the budget granted)',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: '1 of 2 running pilots are scaling or scaled; 1 moved up to date',
      }),
    ).toBeInTheDocument();
    const tiles = screen.getByRole('group', { name: 'Headline figures' });
    expect(within(tiles).getByText('Running pilots').nextSibling).toHaveTextContent('2');
    expect(useUiStore.getState().portfolioFilters.businessUnit).toBe('Finance');
  });

  it('reads value vs cost as a table whose links open the pilot', async () => {
    const { db, pilots } = await seedSmallPortfolio();
    const user = userEvent.setup();
    renderInPortfolio(db, <PortfolioPage />, { route: '/' });
    const heading = await screen.findByRole('heading', {
      name: '1 of 3 running pilots to scale, 0 to stop',
    });
    const card = heading.closest('section');
    if (!card) throw new Error('no card');
    await user.click(within(card).getByRole('button', { name: 'Show as table' }));
    const table = within(card).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByRole('row', { name: /B Ticket triage/ })).toHaveTextContent('Scale');
    await user.click(within(table).getByRole('link', { name: 'A Invoice automation' }));
    expect(screen.getByTestId('location')).toHaveTextContent(`/pilots/${pilots.a.id}`);
  });

  it('lists reviews due with one click to record the decision', async () => {
    const { db, pilots } = await seedSmallPortfolio();
    const user = userEvent.setup();
    renderInPortfolio(db, <PortfolioPage />);
    expect(await screen.findByRole('heading', { name: '2 reviews due' })).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Record decision for A Invoice automation' }),
    );
    expect(useUiStore.getState().decisionDialogPilotId).toBe(pilots.a.id);
  });
});
