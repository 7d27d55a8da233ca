import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PortfolioSessionContext,
  type PortfolioSession,
} from '../../../renderer/app/PortfolioContext';
import { readSettingsEarly } from '../../../renderer/app/queries/settingsReadEarly';
import { useSettings } from '../../../renderer/app/queries/useSettings';
import type { PortfolioDatabase } from '../../../renderer/db';
import { deleteOpenedDatabases, newDatabase } from '../db/fixtures';

afterEach(() => deleteOpenedDatabases());

/** Every currency the component rendered with, in order ("none" while there were no settings). */
function renderCurrencies(db: PortfolioDatabase): string[] {
  const seen: string[] = [];
  function Currency() {
    const currency = useSettings()?.currency ?? 'none';
    seen.push(currency);
    return <p>{currency}</p>;
  }
  const session: PortfolioSession = {
    portfolios: [],
    entry: { id: 't', name: 'T', dbName: db.name, createdAt: '', lastOpenedAt: null },
    db,
    switchTo: () => undefined,
    showWelcome: () => undefined,
  };
  render(
    <PortfolioSessionContext.Provider value={session}>
      <Currency />
    </PortfolioSessionContext.Provider>,
  );
  return seen;
}

async function dollarPortfolio(): Promise<PortfolioDatabase> {
  const db = await newDatabase();
  await db.settings.toCollection().modify({ currency: 'USD' });
  return db;
}

describe('the settings read at start-up', () => {
  it('are what a page’s first render shows, before its live query has answered', async () => {
    const db = await dollarPortfolio();
    await readSettingsEarly(db);
    const seen = renderCurrencies(db);
    expect(seen[0]).toBe('USD');
    expect(await screen.findByText('USD')).toBeInTheDocument();
    expect(seen).not.toContain('none');
  });

  it('are forgotten once a live query has answered: a page mounted after a change shows the change', async () => {
    const db = await dollarPortfolio();
    await readSettingsEarly(db);
    renderCurrencies(db);
    expect(await screen.findByText('USD')).toBeInTheDocument();
    await db.settings.toCollection().modify({ currency: 'GBP' });
    cleanup();
    const seen = renderCurrencies(db);
    expect(seen).not.toContain('USD');
    expect(await screen.findByText('GBP')).toBeInTheDocument();
  });

  it('are not there for a portfolio start-up did not read: the page waits for its query', async () => {
    const db = await dollarPortfolio();
    const seen = renderCurrencies(db);
    expect(seen[0]).toBe('none');
    expect(await screen.findByText('USD')).toBeInTheDocument();
  });
});
