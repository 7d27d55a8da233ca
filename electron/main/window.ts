import { join } from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';
import { preloadPath } from './appPaths';
import { rendererEntryUrl } from './entryUrl';
import { createSecureWindow } from './secureWindow';
import { MIN_HEIGHT, MIN_WIDTH, loadWindowState, saveWindowState } from './windowState';

export const WINDOW_STATE_FILE = 'window-state.json';

/** The main window, where it was last time (if that place is still on a screen). */
export function createMainWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = loadWindowState(stateFile, workAreas);

  const window = createSecureWindow(
    {
      ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
      width: state.width,
      height: state.height,
      minWidth: MIN_WIDTH,
      minHeight: MIN_HEIGHT,
      title: 'Pilot Portfolio',
      // Shown once the first paint is ready, so the person never sees a white flash.
      show: false,
    },
    preloadPath(),
  );
  window.once('ready-to-show', () => {
    // Maximizing a hidden window shows it early on some platforms, so it waits for the first paint.
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      saveWindowState(stateFile, window.getNormalBounds(), window.isMaximized());
    } catch (error) {
      // Losing the window position is not worth blocking the person from closing the app.
      console.error('Could not save the window position', error);
    }
  });
  window
    .loadURL(rendererEntryUrl())
    .catch((error: unknown) => console.error('Could not load the app page', error));
  return window;
}
