import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PortfolioSessionContext,
  type PortfolioSession,
} from '../../../renderer/app/PortfolioContext';
import { readPilotCountEarly, usePilotCount } from '../../../renderer/app/queries/pilotCount';
import { readSettingsEarly } from '../../../renderer/app/queries/settingsReadEarly';
import { useSettings } from '../../../renderer/app/queries/useSettings';
import type { PortfolioDatabase } from '../../../renderer/db';
import { buildSmallPortfolio, deleteOpenedDatabases, newDatabase } from '../db/fixtures';

afterEach(() => deleteOpenedDatabases());

/** Every text `useText` gave the component, in order. */
function renderTexts(db: PortfolioDatabase, useText: () => string): string[] {
  const seen: string[] = [];
  function Text() {
    const text = useText();
    seen.push(text);
    return <p>{text}</p>;
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
      <Text />
    </PortfolioSessionContext.Provider>,
  );
  return seen;
}

/** Every currency the component rendered with, in order ("none" while there were no settings). */
function renderCurrencies(db: PortfolioDatabase): string[] {
  return renderTexts(db, () => useSettings()?.currency ?? 'none');
}

/** Every pilot count the component rendered with, in order ("none" while loading). */
function renderPilotCounts(db: PortfolioDatabase): string[] {
  return renderTexts(db, () => `${usePilotCount() ?? 'none'} pilots`);
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

describe('the number of pilots read at start-up', () => {
  async function withPilots(n: number): Promise<PortfolioDatabase> {
    const db = await newDatabase();
    const portfolio = buildSmallPortfolio();
    const pilot = portfolio.pilots[0];
    if (!pilot) throw new Error('the small portfolio has a pilot');
    await db.pilots.bulkAdd(Array.from({ length: n }, (_, i) => ({ ...pilot, id: `p${i}` })));
    return db;
  }

  it('is what the Portfolio page’s first render has, before its live query has answered', async () => {
    const db = await withPilots(3);
    await readPilotCountEarly(db);
    const seen = renderPilotCounts(db);
    expect(seen[0]).toBe('3 pilots');
    expect(await screen.findByText('3 pilots')).toBeInTheDocument();
    expect(seen).not.toContain('none pilots');
  });

  it('is forgotten once a live query has answered: a page mounted after a change counts anew', async () => {
    const db = await withPilots(3);
    await readPilotCountEarly(db);
    renderPilotCounts(db);
    expect(await screen.findByText('3 pilots')).toBeInTheDocument();
    await db.pilots.delete('p0');
    cleanup();
    const seen = renderPilotCounts(db);
    expect(seen).not.toContain('3 pilots');
    expect(await screen.findByText('2 pilots')).toBeInTheDocument();
  });

  it('is not there for a portfolio start-up did not read: the page waits for its query', async () => {
    const db = await withPilots(0);
    const seen = renderPilotCounts(db);
    expect(seen[0]).toBe('none pilots');
    expect(await screen.findByText('0 pilots')).toBeInTheDocument();
  });
});
