import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'pilot-portfolio-ui';

async function freshStore() {
  vi.resetModules();
  return (await import('../../../renderer/app/uiStore')).useUiStore;
}

beforeEach(() => localStorage.clear());

describe('the UI store’s kept preferences', () => {
  it('keeps the theme and the Pilots table’s hidden columns across a reload, and nothing else', async () => {
    const before = await freshStore();
    before.getState().setTheme('dark');
    before.getState().setPilotsHiddenColumns(['leadName', 'fte']);
    before.getState().setPilotsTable({ search: 'invoice' });
    before.getState().setPaletteOpen(true);

    const after = await freshStore();
    expect(after.getState().theme).toBe('dark');
    expect(after.getState().pilotsHiddenColumns).toEqual(['leadName', 'fte']);
    expect(after.getState().pilotsTable.search).toBe('');
    expect(after.getState().paletteOpen).toBe(false);
  });

  it('starts with the tags column hidden', async () => {
    expect((await freshStore()).getState().pilotsHiddenColumns).toEqual(['tags']);
  });

  it('ignores stored values that are not what it wrote', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ state: { theme: 'neon', pilotsHiddenColumns: [1, 'fte'] }, version: 0 }),
    );
    const store = await freshStore();
    expect(store.getState().theme).toBe('system');
    expect(store.getState().pilotsHiddenColumns).toEqual(['tags']);
    expect(typeof store.getState().setTheme).toBe('function');

    localStorage.setItem(KEY, '{"state":null,"version":0}');
    expect((await freshStore()).getState().pilotsHiddenColumns).toEqual(['tags']);
  });
});
