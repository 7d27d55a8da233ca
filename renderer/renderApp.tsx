// The app itself, loaded by main.tsx once it has drawn the first screen (renderer/firstScreen), if
// any, and begun opening the databases.
import './zodConfig';
// The interface font for the scripts the first screen's styles leave out (see interLatin.css).
import './styles/fonts/interOtherScripts.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { App } from './app/App';
import { firstScreenRead } from './app/startup';
import { useUiStore } from './app/uiStore';
import { appRoot } from './appRoot';
import { replayInput } from './firstScreen/handoff';
import { firstScreenShowing, takeOverFirstScreen } from './firstScreen/showFirstScreen';

/**
 * How long the app waits for its first screen's data before it renders anyway, by what the first
 * screen (renderer/firstScreen) shows meanwhile:
 * - nothing: rendering the shell while the rows are still being read meant laying out and painting
 *   the page twice and delayed the rows; usually the data is there a few tens of milliseconds
 *   after the code, and this bounds the blank window when it is not;
 * - the Pilots table's rows: longer, as rendering before the data would replace rows already on
 *   screen with "Opening…" and then show them again;
 * - only its shell (another page, or rows it could not read): less, as the app's own shell, whose
 *   controls work, is better than the first screen's, whose clicks wait.
 */
const WAIT_MS = { none: 400, rows: 5000, shell: 1500 } as const;

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

const showing = firstScreenShowing();
void Promise.race([
  firstScreenRead(),
  new Promise((resolve) => setTimeout(resolve, WAIT_MS[showing ?? 'none'])),
]).then(() => {
  const handoff = takeOverFirstScreen();
  // What was typed and chosen on the first screen is the table's state from the app's first render.
  if (handoff && (handoff.search || handoff.stage)) {
    useUiStore.getState().setPilotsTable({ search: handoff.search, stage: handoff.stage });
  }
  // Rendered at once, so the first screen's clicks and keys go to the app's own controls.
  flushSync(() => appRoot().render(app));
  if (handoff) void replayInput(handoff);
});
