import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, MENU_COMMAND_CHANNEL } from '../../shared/ipc';
import { BrowserWindow, FakeBrowserWindow, Menu, dialog, resetFakeElectron } from './fakeElectron';
import { buildMenuTemplate, installApplicationMenu } from '../../electron/main/menu';

vi.mock('electron', () => import('./fakeElectron'));

beforeEach(() => resetFakeElectron());

type Item = MenuItemConstructorOptions;

function submenuOf(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label === label || item.role === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function clickItem(item: Item | undefined): void {
  if (!item?.click) throw new Error(`${item?.label ?? 'item'} is not clickable`);
  // Electron passes (menuItem, window, event); our items ignore them.
  (item.click as () => void)();
}

const linux = buildMenuTemplate({ isPackaged: true, platform: 'linux' });

describe('the application menu', () => {
  it('File has the commands, with shortcuts people expect, and Quit', () => {
    const file = submenuOf(linux, 'File');
    const byLabel = new Map(file.map((item) => [item.label, item]));
    expect(byLabel.get('New pilot')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel.get('New measurement')?.accelerator).toBe('CmdOrCtrl+M');
    for (const label of ['Import…', 'Export…', 'Back up…', 'Restore…']) {
      expect(byLabel.has(label), label).toBe(true);
    }
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('each command item sends its command to the focused window only', () => {
    const focused = new BrowserWindow();
    const other = new BrowserWindow();
    FakeBrowserWindow.focused = focused;
    const items = [...submenuOf(linux, 'File'), ...submenuOf(linux, 'View')].filter(
      (item) => item.click && item.role === undefined,
    );
    items.forEach(clickItem);
    const sent = focused.webContents.sent.map(({ channel, args }) => [channel, ...args]);
    expect(sent).toEqual(
      [
        'new-pilot',
        'new-measurement',
        'import',
        'export',
        'backup',
        'restore',
        'command-palette',
      ].map((command) => [MENU_COMMAND_CHANNEL, command]),
    );
    expect([...MENU_COMMANDS].sort()).toEqual(sent.map(([, command]) => command).sort());
    expect(other.webContents.sent).toEqual([]);
  });

  it('with no focused window, a command goes nowhere (and does not throw)', () => {
    expect(() => clickItem(submenuOf(linux, 'File')[0])).not.toThrow();
  });

  it('Edit is the standard role menu; View has zoom and full screen', () => {
    expect(linux.some((item) => item.role === 'editMenu')).toBe(true);
    const roles = submenuOf(linux, 'View').map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });

  it('developer tools appear only in an unpackaged app', () => {
    const roles = (template: Item[]) => submenuOf(template, 'View').map((item) => item.role);
    expect(roles(linux)).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ isPackaged: false, platform: 'linux' }))).toContain(
      'toggleDevTools',
    );
  });

  it('on macOS the app menu comes first and Quit lives there, not in File', () => {
    const mac = buildMenuTemplate({ isPackaged: true, platform: 'darwin' });
    expect(mac[0]?.role).toBe('appMenu');
    expect(submenuOf(mac, 'File').some((item) => item.role === 'quit')).toBe(false);
  });

  it('Help › About shows the app name and version in a native box', async () => {
    clickItem(submenuOf(linux, 'help')[0]);
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Pilot Portfolio 0.1.0' }),
    );
  });

  it('is installed as the application menu', () => {
    installApplicationMenu({ isPackaged: true, platform: 'linux' });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
  });
});
