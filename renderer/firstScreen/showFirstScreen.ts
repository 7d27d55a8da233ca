import { todayIso } from '@shared/dates';
import { setFormatMemo } from '../components/format';
import { applyTheme, storedPreferences } from '../app/preferences';
import { TABLE_ROW_HEIGHT } from '../components/tableLayout';
import type { FirstScreenHandoff } from './handoff';
import { openFormatMemo } from './formatMemo';
import { mountFirstScreen } from './mountFirstScreen';
import { showsPilotRows } from './FirstScreenView';
import { readFirstScreen } from './readFirstScreen';
import { routeOf, showsShell } from './routes';

/**
 * The first screen: the app's shell and, on the Pilots page, the table's first rows, drawn by the
 * app's first script (its components, drawn without React DOM: staticDom.ts) with data read by
 * IndexedDB itself, before the app's code — React DOM, Dexie, zod, the router, the dialogs, some
 * 450 KB — has been evaluated. In the first script, not a chunk of its own: a chunk more to fetch
 * and evaluate cost a small machine ~10 ms of main thread (A/B of 15 loads: 211 → 200 ms). The
 * app then renders in its place (renderApp.tsx) and does again what was done on it meanwhile
 * (handoff.ts).
 * It is the same screen drawn sooner, from the same database: no stored picture of the last one.
 */

/** Less than the height above the table's first row, in pixels, however the page is laid out. */
const TABLE_TOP = 200;

let recording: { stop: () => FirstScreenHandoff } | null = null;
/** Whether the first screen drew rows of the Pilots table (not only the shell). */
let drewRows = false;

/**
 * The next frame has been painted — or 100 ms have passed: a window hidden or minimised paints no
 * frame, and the app must not wait for it to be shown to load.
 */
const nextPaint = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });

/**
 * Shows the first screen, if there is one to show (a portfolio opened last, at this build's
 * schema, and a page with the shell), and settles once it is painted: true if it was shown.
 * Applies the stored theme in any case, before anything is painted.
 */
export async function showFirstScreen(): Promise<boolean> {
  const preferences = storedPreferences();
  applyTheme(preferences.theme);
  const route = routeOf(window.location.hash);
  if (!showsShell(route)) return false;
  // As many rows as a window this tall shows below the table's top (the top bar, the page's
  // header and the toolbar take more than TABLE_TOP): the app reads and draws the rest.
  const rows = Math.max(1, Math.ceil((window.innerHeight - TABLE_TOP) / TABLE_ROW_HEIGHT));
  const data = await readFirstScreen(route === '/pilots', rows).catch(() => null);
  if (!data) return false;
  // Its figures and dates as formatted last time, where they are the same (formatMemo.ts).
  const formats = openFormatMemo();
  setFormatMemo(formats.memo);
  try {
    recording = mountFirstScreen({ data, preferences, today: todayIso() });
  } finally {
    setFormatMemo(null);
  }
  drewRows = showsPilotRows(data, route);
  await nextPaint();
  formats.save();
  return true;
}

/**
 * What the first screen shows while the app has not taken over yet: the Pilots table's rows, only
 * the shell (another page, or rows it could not read), or nothing (none was shown, or it is over).
 */
export function firstScreenShowing(): 'rows' | 'shell' | null {
  if (!recording) return null;
  // A link followed since leads away from the rows: the first screen shows only its shell.
  return drewRows && routeOf(window.location.hash) === '/pilots' ? 'rows' : 'shell';
}

/** Ends the first screen's recording and says what was done on it; null if none was shown. */
export function takeOverFirstScreen(): FirstScreenHandoff | null {
  const handoff = recording?.stop() ?? null;
  recording = null;
  return handoff;
}
