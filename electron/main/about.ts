import { BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import { appInfo } from './handlers/appInfo';

/** A native About box: the same on every platform, and it names the versions support will ask for. */
export async function showAboutBox(): Promise<void> {
  const info = appInfo();
  const options: MessageBoxOptions = {
    type: 'info',
    title: `About ${info.name}`,
    message: `${info.name} ${info.version}`,
    detail: [
      'Keep a portfolio of AI pilots, their agents, supervisors and outcomes.',
      '',
      `Electron ${info.electron} · Chromium ${info.chrome} · ${info.platform}`,
      `Data folder: ${info.userDataPath}`,
    ].join('\n'),
    buttons: ['OK'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}
