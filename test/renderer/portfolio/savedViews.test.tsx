import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '@shared/domain/portfolio';
import { useUiStore } from '../../../renderer/app/uiStore';
import { SavedViewsMenu } from '../../../renderer/features/portfolio/SavedViewsMenu';
import { useSavedViews } from '../../../renderer/features/portfolio/savedViews';
import { renderInPortfolio } from '../agents/harness';
import { deleteOpenedDatabases, newDatabase } from '../db/fixtures';

beforeEach(() => {
  act(() => {
    useUiStore.setState({ portfolioFilters: NO_FILTERS });
    useSavedViews.setState({ byPortfolio: {} });
  });
});

afterEach(async () => {
  cleanup();
  await deleteOpenedDatabases();
});

describe('Saved views', () => {
  it('saves the current filters under a name and reapplies them', async () => {
    const db = await newDatabase();
    const user = userEvent.setup();
    act(() =>
      useUiStore.getState().setPortfolioFilters({ businessUnit: 'Finance', period: 'fiscal-year' }),
    );
    renderInPortfolio(db, <SavedViewsMenu />);

    await user.click(screen.getByRole('button', { name: 'Save view…' }));
    const dialog = screen.getByRole('dialog', { name: 'Save this view' });
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    expect(screen.getByText('Give the view a name')).toBeInTheDocument();
    await user.type(screen.getByLabelText('View name'), 'Finance this year');
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    expect(dialog).not.toBeInTheDocument();
    // The test harness's portfolio id is "test".
    expect(useSavedViews.getState().byPortfolio.test).toEqual([
      {
        name: 'Finance this year',
        filters: { ...NO_FILTERS, businessUnit: 'Finance', period: 'fiscal-year' },
      },
    ]);

    act(() => useUiStore.getState().setPortfolioFilters(NO_FILTERS));
    expect(screen.getByLabelText('Saved view')).toHaveValue('');
    await user.selectOptions(screen.getByLabelText('Saved view'), 'Finance this year');
    expect(useUiStore.getState().portfolioFilters).toMatchObject({
      businessUnit: 'Finance',
      period: 'fiscal-year',
    });

    await user.click(screen.getByRole('button', { name: 'Delete view “Finance this year”' }));
    expect(useSavedViews.getState().byPortfolio.test).toEqual([]);
  });
});
