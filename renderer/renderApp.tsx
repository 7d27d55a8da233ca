// The app itself, loaded by main.tsx once it has begun opening the databases.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { firstScreenRead } from './app/startup';

/**
 * How long the app waits for its first screen's data before it renders anyway. Rendering the
 * shell while the rows are still being read meant laying out and painting the page twice (the
 * shell, then the table) and delayed the rows by the first render; usually the data is there a few
 * tens of milliseconds after the code, and this bounds the blank window when it is not.
 */
const FIRST_SCREEN_WAIT_MS = 400;

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
const root = createRoot(container);
void Promise.race([
  firstScreenRead(),
  new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
]).then(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
