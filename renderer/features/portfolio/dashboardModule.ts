type DashboardModule = typeof import('./PortfolioDashboard');

let loading: Promise<DashboardModule> | undefined;
let loaded: DashboardModule | undefined;

/**
 * Loads the dashboard's code (Recharts, some twenty chunks) once; later calls share the load. The
 * app starts it as it starts on the Portfolio page (startup.ts), the page when it shows.
 */
export function loadDashboard(): Promise<DashboardModule> {
  loading ??= import('./PortfolioDashboard').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The dashboard's module once it has loaded: the page then draws it without suspending. */
export function loadedDashboard(): DashboardModule | undefined {
  return loaded;
}
