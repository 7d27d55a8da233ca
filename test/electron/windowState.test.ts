import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, app, resetFakeElectron, screen } from './fakeElectron';
import { fitToDisplays, loadWindowState, saveWindowState } from '../../electron/main/windowState';
import { WINDOW_STATE_FILE, createMainWindow } from '../../electron/main/window';

vi.mock('electron', () => import('./fakeElectron'));

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };

let dir = '';
beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'pilot-window-'));
  app.paths.set('userData', dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fitting a saved window to the screens there are now', () => {
  it('keeps a window that is fully on a screen', () => {
    expect(
      fitToDisplays({ x: 1600, y: 100, width: 1200, height: 900, maximized: false }, [
        laptop,
        rightMonitor,
      ]),
    ).toEqual({ x: 1600, y: 100, width: 1200, height: 900, maximized: false });
  });

  it('a window saved on a monitor that is gone is re-centred on the first screen, at most its size', () => {
    expect(
      fitToDisplays({ x: 1600, y: 100, width: 2000, height: 1200, maximized: true }, [laptop]),
    ).toEqual({ width: 1440, height: 860, maximized: true });
  });

  it('a window hanging off the right edge is pulled back inside', () => {
    expect(
      fitToDisplays({ x: 800, y: 500, width: 1100, height: 700, maximized: false }, [laptop]),
    ).toEqual({ x: 340, y: 160, width: 1100, height: 700, maximized: false });
  });

  it('a tiny window grows to the minimum size the layout needs (1024×700)', () => {
    expect(
      fitToDisplays({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [laptop]),
    ).toEqual({ x: 10, y: 10, width: 1024, height: 700, maximized: false });
  });
});

describe('the window-state file', () => {
  it('round-trips through the file', () => {
    const path = join(dir, 'state.json');
    saveWindowState(path, { x: 1600.4, y: 100, width: 1200, height: 900 }, true);
    expect(loadWindowState(path, [laptop, rightMonitor])).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 900,
      maximized: true,
    });
  });

  it.each([
    ['missing', null],
    ['not JSON', '{oops'],
    ['wrong types', '{"x":"1","y":0,"width":1200,"height":800,"maximized":false}'],
    ['absurd sizes', '{"x":0,"y":0,"width":1e12,"height":800,"maximized":false}'],
    ['an array', '[1,2,3]'],
  ])('falls back to defaults when it is %s', async (_what, content) => {
    const path = join(dir, 'state.json');
    if (content !== null) await writeFile(path, content);
    expect(loadWindowState(path, [laptop])).toEqual({
      width: 1280,
      height: 800,
      maximized: false,
    });
  });

  it('the main window opens where it was and saves its place when it closes', async () => {
    screen.displays = [{ workArea: laptop }, { workArea: rightMonitor }];
    await writeFile(
      join(dir, WINDOW_STATE_FILE),
      JSON.stringify({ x: 1500, y: 50, width: 1300, height: 900, maximized: false }),
    );
    createMainWindow();
    const [window] = FakeBrowserWindow.instances;
    if (!window) throw new Error('no window');
    expect(window.options).toMatchObject({ x: 1500, y: 50, width: 1300, height: 900 });
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);

    window.bounds = { x: 20, y: 30, width: 1100, height: 750 };
    window.maximized = true;
    window.emit('close');
    expect(JSON.parse(await readFile(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 20,
      y: 30,
      width: 1100,
      height: 750,
      maximized: true,
    });
  });
});
