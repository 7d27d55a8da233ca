import { PRINT_ROUTE_PATTERN } from '../ipc';

/**
 * The app's print pages. Each route names its portfolio, so a fresh window (Electron's hidden print
 * window) opens the right one, and its paper size, so the page lays out for the paper it prints on.
 */

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export type PrintTarget =
  | { report: 'pilot'; portfolioId: string; pilotId: string; pageSize: PageSize }
  | { report: 'portfolio'; portfolioId: string; pageSize: PageSize };

const SAFE_ID = /^[A-Za-z0-9_-]+$/;

function sizeSegment(size: PageSize): string {
  return size.toLowerCase();
}

function sizeFrom(segment: string | undefined): PageSize | null {
  return PAGE_SIZES.find((s) => s.toLowerCase() === segment) ?? null;
}

/** The hash route of a print page, e.g. `#/print/<portfolio>/pilot/<pilot>/a4`. */
export function printRoute(target: PrintTarget): string {
  const ids =
    target.report === 'pilot' ? [target.portfolioId, target.pilotId] : [target.portfolioId];
  if (!ids.every((id) => SAFE_ID.test(id)))
    throw new Error('Ids in a print route are letters, digits, - and _.');
  const route =
    target.report === 'pilot'
      ? `#/print/${target.portfolioId}/pilot/${target.pilotId}/${sizeSegment(target.pageSize)}`
      : `#/print/${target.portfolioId}/portfolio/${sizeSegment(target.pageSize)}`;
  // The main process refuses anything else; failing here names the mistake sooner.
  if (!PRINT_ROUTE_PATTERN.test(route)) throw new Error(`Not a print route: ${route}`);
  return route;
}

/** The print page a hash names, or null when it is not one. */
export function parsePrintRoute(hash: string): PrintTarget | null {
  const parts = hash.replace(/^#?\/?/, '').split('/');
  if (parts[0] !== 'print') return null;
  const [, portfolioId, report, ...rest] = parts;
  if (!portfolioId || !SAFE_ID.test(portfolioId)) return null;
  if (report === 'pilot' && rest.length === 2) {
    const [pilotId, size] = rest;
    const pageSize = sizeFrom(size);
    if (!pilotId || !SAFE_ID.test(pilotId) || !pageSize) return null;
    return { report: 'pilot', portfolioId, pilotId, pageSize };
  }
  if (report === 'portfolio' && rest.length === 1) {
    const pageSize = sizeFrom(rest[0]);
    return pageSize ? { report: 'portfolio', portfolioId, pageSize } : null;
  }
  return null;
}
