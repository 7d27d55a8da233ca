import { beforeEach, describe, expect, it } from 'vitest';
import { applyTheme, storedPreferences, UI_STORAGE_KEY } from '../../../renderer/app/preferences';
import { useUiStore } from '../../../renderer/app/uiStore';
import { routeOf, showsShell } from '../../../renderer/firstScreen/routes';

beforeEach(() => localStorage.clear());

describe('the preferences read before the UI store loads', () => {
  it('are what the store keeps: the first screen and the app agree', () => {
    useUiStore.getState().setTheme('dark');
    useUiStore.getState().setPilotsHiddenColumns(['leadName', 'tags']);
    expect(storedPreferences()).toEqual({
      theme: 'dark',
      pilotsHiddenColumns: ['leadName', 'tags'],
    });
  });

  it('are the defaults when nothing, or nothing readable, is stored', () => {
    const defaults = { theme: 'system', pilotsHiddenColumns: ['tags'] };
    expect(storedPreferences()).toEqual(defaults);
    localStorage.setItem(UI_STORAGE_KEY, '{not json');
    expect(storedPreferences()).toEqual(defaults);
    localStorage.setItem(UI_STORAGE_KEY, JSON.stringify({ state: { theme: 'neon' } }));
    expect(storedPreferences()).toEqual(defaults);
    localStorage.setItem(UI_STORAGE_KEY, JSON.stringify(['dark']));
    expect(storedPreferences()).toEqual(defaults);
  });

  it('set the page’s theme', () => {
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    applyTheme('light');
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});

describe('the route of the page’s hash', () => {
  it.each([
    ['', '/'],
    ['#', '/'],
    ['#/', '/'],
    ['#/pilots', '/pilots'],
    ['#/pilots/', '/pilots'],
    ['#/pilots?stage=pilot', '/pilots'],
    ['#/pilots/abc/outcomes', '/pilots/abc/outcomes'],
  ])('%j is %j', (hash, route) => expect(routeOf(hash)).toBe(route));

  it('shows the shell on every page but the print pages', () => {
    expect(showsShell('/')).toBe(true);
    expect(showsShell('/pilots')).toBe(true);
    expect(showsShell('/printers')).toBe(true);
    expect(showsShell('/print')).toBe(false);
    expect(showsShell('/print/portfolio/abc')).toBe(false);
  });
});
