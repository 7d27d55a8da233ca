import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/ipc';
import { showAboutBox } from './about';

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

/**
 * Menu commands are carried out by the renderer (it owns the data); the menu only tells the
 * focused window which one the person chose.
 */
export function sendMenuCommand(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function command(
  label: string,
  name: MenuCommand,
  accelerator?: string,
): MenuItemConstructorOptions {
  return {
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => sendMenuCommand(name),
  };
}

export function buildMenuTemplate({
  isPackaged,
  platform,
}: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New pilot', 'new-pilot', 'CmdOrCtrl+N'),
      command('New measurement', 'new-measurement', 'CmdOrCtrl+M'),
      { type: 'separator' },
      command('Import…', 'import', 'CmdOrCtrl+I'),
      command('Export…', 'export', 'CmdOrCtrl+E'),
      { type: 'separator' },
      command('Back up…', 'backup', 'CmdOrCtrl+Shift+B'),
      command('Restore…', 'restore'),
      // macOS keeps Quit in the app menu; elsewhere File is where people look for it.
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Command palette…', 'command-palette', 'CmdOrCtrl+K'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      // Developer tools only in development: in a packaged app they would let anyone run code
      // against the person's data.
      ...(isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'About Pilot Portfolio', click: () => void showAboutBox() }],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    view,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    help,
  ];
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
