import { setTimeout as delay } from 'node:timers/promises';
import type { WebContents } from 'electron';
import { PRINT_READY_DATASET_KEY } from '../../../shared/ipc';

export const PRINT_READY_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 100;

// A constant script: nothing from the request is ever evaluated in the page.
const IS_READY_SCRIPT = `document.body !== null && document.body.dataset.${PRINT_READY_DATASET_KEY} === 'true'`;

/**
 * Resolve once the print page says every chart and table has drawn. A page load alone is not
 * enough: data comes from IndexedDB and charts draw after it, so printing at `load` gives blanks.
 */
export async function waitForPrintReady(
  contents: WebContents,
  timeoutMs = PRINT_READY_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready: unknown = await contents.executeJavaScript(IS_READY_SCRIPT);
    if (ready === true) return;
    if (Date.now() >= deadline) {
      throw new Error(
        `The report did not finish drawing within ${Math.round(timeoutMs / 1000)} s, so no PDF was made.`,
      );
    }
    await delay(POLL_INTERVAL_MS);
  }
}
