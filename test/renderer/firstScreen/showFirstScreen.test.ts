import Dexie from 'dexie';
import { flushSync } from 'react-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appRoot } from '../../../renderer/appRoot';
import {
  createPortfolio,
  openPortfolio,
  resetRegistryForTests,
  setLastOpened,
} from '../../../renderer/db';
import {
  firstScreenShowing,
  showFirstScreen,
  takeOverFirstScreen,
} from '../../../renderer/firstScreen/showFirstScreen';
import { pilotRecord } from '../pilots/pilotRecord';

beforeAll(() => {
  // The page's one root (appRoot.ts) is made on the first render, in this element.
  document.body.innerHTML = '<div id="root"></div>';
});

beforeEach(() => localStorage.clear());

afterEach(async () => {
  takeOverFirstScreen();
  flushSync(() => appRoot().render(null));
  window.location.hash = '';
  await resetRegistryForTests();
  for (const { name } of await indexedDB.databases()) {
    if (name?.startsWith('pilot-portfolio-')) await Dexie.delete(name);
  }
});

async function portfolioWithPilots(count: number) {
  const entry = await createPortfolio({ name: 'Operations' });
  const db = openPortfolio(entry);
  await db.pilots.bulkAdd(
    Array.from({ length: count }, (_, i) => pilotRecord(`p-${i}`, { name: `Pilot ${i}` })),
  );
  await setLastOpened(entry.id);
  db.close();
}

describe('showing the first screen', () => {
  it('draws the Pilots table’s rows, says so until the app takes over, and then nothing', async () => {
    await portfolioWithPilots(3);
    window.location.hash = '#/pilots';
    expect(await showFirstScreen()).toBe(true);
    expect(document.querySelectorAll('[data-first-screen] tbody tr')).toHaveLength(3);
    expect(firstScreenShowing()).toBe('rows');
    // A link followed meanwhile: only the shell is on show.
    window.location.hash = '#/agents';
    expect(firstScreenShowing()).toBe('shell');
    expect(takeOverFirstScreen()).not.toBeNull();
    expect(firstScreenShowing()).toBeNull();
    expect(takeOverFirstScreen()).toBeNull();
  });

  it('shows only the shell on another page, or for a portfolio without pilots', async () => {
    await portfolioWithPilots(0);
    window.location.hash = '#/pilots';
    expect(await showFirstScreen()).toBe(true);
    expect(firstScreenShowing()).toBe('shell');
    expect(document.querySelector('[data-first-screen] [role="status"]')).toHaveTextContent(
      'Loading…',
    );
    takeOverFirstScreen();
    window.location.hash = '#/';
    expect(await showFirstScreen()).toBe(true);
    expect(firstScreenShowing()).toBe('shell');
  });

  it('shows nothing on a first run, or on a print page', async () => {
    window.location.hash = '#/pilots';
    expect(await showFirstScreen()).toBe(false);
    expect(firstScreenShowing()).toBeNull();
    await portfolioWithPilots(2);
    window.location.hash = '#/print/portfolio/abc';
    expect(await showFirstScreen()).toBe(false);
    expect(document.getElementById('root')?.childElementCount).toBe(0);
  });
});
