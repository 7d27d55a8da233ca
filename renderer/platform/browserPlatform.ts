import type { FileFilter, OpenFileResult } from '@shared/ipc';
import type { Platform } from './platform';

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
    // The browser cannot write a PDF silently: open the print route and let the print dialog
    // offer "Save as PDF".
    const previous = window.location.hash;
    window.location.hash = request.route.replace(/^#/, '');
    await new Promise((resolve) => setTimeout(resolve, 300));
    window.print();
    window.location.hash = previous;
    return { saved: true };
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
