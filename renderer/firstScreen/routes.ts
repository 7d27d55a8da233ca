/** The app's route in `hash` (HashRouter's location): "/pilots" for "#/pilots?x=1". */
export function routeOf(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '' ? '/' : path.replace(/(.)\/$/, '$1');
}

/**
 * Whether the route shows the app's shell (sidebar and top bar) — every page but the print
 * pages, which are paper (see OpenPortfolio.tsx).
 */
export function showsShell(route: string): boolean {
  return route !== '/print' && !route.startsWith('/print/');
}
