import { PRINT_READY_DATASET_KEY, type FileFilter, type OpenFileResult } from '@shared/ipc';
import type { Platform } from './platform';

const PRINT_READY_TIMEOUT_MS = 30_000;

/** Resolves once the print page says it has drawn (see usePrintReady); rejects after `timeoutMs`. */
function waitUntilPrintReady(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (document.body.dataset[PRINT_READY_DATASET_KEY] === 'true') resolve();
      else if (Date.now() > deadline) {
        reject(new Error(`the report did not finish drawing within ${timeoutMs / 1000} s`));
      } else setTimeout(check, 50);
    };
    check();
  });
}

function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

/** Browser fallback: downloads via Blob, files via a hidden input, PDF via the print dialog. */
export const browserPlatform: Platform = {
  kind: 'browser',

  async saveFile(defaultName, _filters, bytes) {
    const blob = new Blob([bytes.slice().buffer], { type: 'application/octet-stream' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = defaultName;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: some browsers start the download asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { saved: true, path: defaultName };
  },

  openFile(filters, maxBytes) {
    return new Promise<OpenFileResult>((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = acceptAttribute(filters);
      input.style.display = 'none';
      let settled = false;
      input.addEventListener('change', () => {
        settled = true;
        const file = input.files?.[0];
        input.remove();
        if (!file) {
          resolve({ opened: false, reason: 'cancelled' });
          return;
        }
        if (file.size > maxBytes) {
          resolve({
            opened: false,
            reason: 'too-large',
            name: file.name,
            size: file.size,
            maxBytes,
          });
          return;
        }
        void file
          .arrayBuffer()
          .then((buffer) =>
            resolve({ opened: true, name: file.name, bytes: new Uint8Array(buffer) }),
          );
      });
      input.addEventListener('cancel', () => {
        if (!settled) resolve({ opened: false, reason: 'cancelled' });
        input.remove();
      });
      document.body.append(input);
      input.click();
    });
  },

  async printToPdf(request) {
    // The browser cannot write a PDF silently: show the print page and open the print dialog,
    // where "Save as PDF" is one choice, once every chart on it has drawn.
    const previous = window.location.hash;
    if (previous !== request.route) window.location.hash = request.route.slice(1);
    try {
      await waitUntilPrintReady(PRINT_READY_TIMEOUT_MS);
      window.print();
    } finally {
      if (previous !== request.route) window.location.hash = previous.slice(1);
    }
    return { saved: false };
  },

  async appInfo() {
    return {
      name: 'Pilot Portfolio',
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      electron: '—',
      chrome: navigator.userAgent.match(/Chrom(?:e|ium)\/([\d.]+)/)?.[1] ?? 'unknown',
      platform: 'browser',
      userDataPath: `IndexedDB of ${window.location.origin}`,
    };
  },

  async openExternal(url) {
    if (!/^https:\/\//i.test(url)) return false;
    if (!window.confirm(`Open ${url} in your browser?`)) return false;
    window.open(url, '_blank', 'noopener,noreferrer');
    return true;
  },

  onMenuCommand() {
    // No native menu in a browser; shortcuts are handled by the app itself.
    return () => undefined;
  },
};
