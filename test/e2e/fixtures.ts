// The one fixture file every end-to-end spec imports: `import { test, expect } from './fixtures'`.
//
// It serves the built renderer (out/renderer) from a loopback server per worker and wraps every
// test in runtime guards that fail the test at teardown, so no spec can forget them:
//   - offline: any request that leaves the app's own origin is aborted and recorded;
//   - console errors and uncaught page errors;
//   - Content-Security-Policy violations (`securitypolicyviolation` events, in every frame).
// A spec that provokes one of these on purpose takes the records with `guards.takeRecorded()` and
// asserts on them; anything it does not take still fails the test.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { expect };

export interface StaticServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

// serve-static.mjs is plain JavaScript shared with the benchmarks and browser mode; a computed
// specifier keeps tsc from demanding a declaration file, and this interface states what we use.
interface ServeStaticModule {
  serveStatic: (options: { root: string; port?: number }) => Promise<StaticServer>;
}

export interface CspViolation {
  documentURI: string;
  blockedURI: string;
  violatedDirective: string;
  sourceFile: string;
  lineNumber: number;
}

export interface GuardRecord {
  /** `METHOD url` of every request (or WebSocket) that tried to leave the app's origin. */
  offOriginRequests: string[];
  /** Console messages of type 'error', with where they came from. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in any page of the test's context. */
  pageErrors: string[];
  cspViolations: CspViolation[];
}

export interface Guards {
  readonly appOrigin: string;
  /** What has been recorded so far; leaves it in place, so it still fails the test. */
  snapshot: () => Promise<GuardRecord>;
  /**
   * Hands over everything recorded so far and clears it. Only for tests that provoke a violation
   * on purpose and assert it was caught; whatever happens afterwards is guarded again.
   */
  takeRecorded: () => Promise<GuardRecord>;
}

export type CheckA11y = (
  page: Page,
  label: string,
  options?: { include?: string; exclude?: string[] },
) => Promise<void>;

/** Opens the app at a hash route, e.g. '#/pilots', and waits until React has rendered. */
export type OpenApp = (page: Page, route?: string) => Promise<void>;

interface TestFixtures {
  guards: Guards;
  checkA11y: CheckA11y;
  openApp: OpenApp;
}

interface WorkerFixtures {
  appServer: StaticServer;
  requireBrowser: void;
}

/** The name under which the init script reports CSP violations to the test process. */
const CSP_BINDING = '__pilotReportCspViolation';

/** The WCAG levels QUALITY.md holds us to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const rendererRoot = fileURLToPath(new URL('../../out/renderer/', import.meta.url));

export function emptyGuardRecord(): GuardRecord {
  return { offOriginRequests: [], consoleErrors: [], pageErrors: [], cspViolations: [] };
}

/**
 * Whether a request stays inside the app. `data:` and `blob:` never touch the network; anything
 * else must have exactly the app's origin (scheme, host and port).
 */
export function isAppRequest(url: string, appOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return parsed.origin === appOrigin;
}

/** One line per problem; an empty list means the test ran clean. */
export function guardFailures(record: GuardRecord): string[] {
  return [
    ...record.offOriginRequests.map(
      (request) => `offline: request left the app origin: ${request}`,
    ),
    ...record.consoleErrors.map((message) => `console error: ${message}`),
    ...record.pageErrors.map((message) => `page error: ${message}`),
    ...record.cspViolations.map(
      (v) =>
        `CSP violation: ${v.violatedDirective} blocked ${v.blockedURI || '(inline)'}` +
        ` in ${v.documentURI}${v.sourceFile ? ` at ${v.sourceFile}:${v.lineNumber}` : ''}`,
    ),
  ];
}

function isCspViolation(value: unknown): value is CspViolation {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.documentURI === 'string' &&
    typeof v.blockedURI === 'string' &&
    typeof v.violatedDirective === 'string' &&
    typeof v.sourceFile === 'string' &&
    typeof v.lineNumber === 'number'
  );
}

/**
 * Runs in every frame before the app's own scripts. It keeps the violations in
 * `window.__cspViolations` (handy when debugging a page) and also reports each one to the test
 * process at once, so violations survive navigations and closed pages.
 */
function recordCspViolations(bindingName: string): void {
  type Reporter = (violation: CspViolation) => Promise<void>;
  const target = window as unknown as Record<string, unknown> & {
    __cspViolations?: CspViolation[];
  };
  const list: CspViolation[] = (target.__cspViolations = []);
  document.addEventListener('securitypolicyviolation', (event) => {
    const violation: CspViolation = {
      documentURI: event.documentURI,
      blockedURI: event.blockedURI,
      violatedDirective: event.violatedDirective,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
    };
    list.push(violation);
    const report = target[bindingName] as Reporter | undefined;
    if (typeof report === 'function') void report(violation);
  });
}

async function installGuards(context: BrowserContext, appOrigin: string): Promise<Guards> {
  let record = emptyGuardRecord();

  await context.route('**/*', async (route) => {
    const request = route.request();
    if (isAppRequest(request.url(), appOrigin)) {
      await route.fallback();
      return;
    }
    record.offOriginRequests.push(`${request.method()} ${request.url()}`);
    await route.abort('blockedbyclient');
  });
  // WebSockets bypass `route`; an unconnected WebSocketRoute never reaches the network.
  await context.routeWebSocket(
    (url) => url.host !== new URL(appOrigin).host,
    (ws) => {
      record.offOriginRequests.push(`WEBSOCKET ${ws.url()}`);
      void ws.close({ code: 1008, reason: 'offline guard' });
    },
  );

  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    record.consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    record.pageErrors.push(error.stack ?? `${error.name}: ${error.message}`);
  });

  await context.exposeBinding(CSP_BINDING, (_source, violation: unknown) => {
    record.cspViolations.push(
      isCspViolation(violation)
        ? violation
        : {
            documentURI: '(unknown)',
            blockedURI: String(violation),
            violatedDirective: '(malformed report)',
            sourceFile: '',
            lineNumber: 0,
          },
    );
  });
  await context.addInitScript(recordCspViolations, CSP_BINDING);

  // `securitypolicyviolation` is dispatched as a queued task; one round trip through each open
  // page's event loop lets violations from the last action arrive before we judge.
  const settle = async (): Promise<void> => {
    await Promise.all(
      context
        .pages()
        .filter((page) => !page.isClosed())
        .map((page) =>
          page.evaluate(() => new Promise((done) => setTimeout(done, 0))).catch(() => undefined),
        ),
    );
  };

  return {
    appOrigin,
    snapshot: async () => {
      await settle();
      return structuredClone(record);
    },
    takeRecorded: async () => {
      await settle();
      const taken = record;
      record = emptyGuardRecord();
      return taken;
    },
  };
}

function describeTargets(node: { target: readonly (string | readonly string[])[] }): string {
  // Each entry is one frame (or shadow-DOM hop) on the way to the element.
  return node.target
    .map((selector) => (typeof selector === 'string' ? selector : selector.join(' >>> ')))
    .join(' → ');
}

/** Runs axe-core on the page (or part of it) and fails listing every WCAG 2.1 A/AA violation. */
export const checkA11y: CheckA11y = async (page, label, options = {}) => {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const problems = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} — ` +
      violation.nodes.map(describeTargets).join(', '),
  );
  expect(problems, `axe-core found accessibility violations on ${label}`).toEqual([]);
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  requireBrowser: [
    async ({ browserName }, use, workerInfo) => {
      const launchOptions = workerInfo.project.use.launchOptions;
      if (browserName === 'chromium' && !launchOptions?.executablePath) {
        throw new Error(
          'e2e: no Chromium-family browser found (set CHROME_PATH or apt-get install chromium); ' +
            'Playwright-downloaded browsers are not used here.',
        );
      }
      await use();
    },
    { scope: 'worker', auto: true },
  ],

  appServer: [
    // No dependencies (see checkA11y below for why the empty pattern).
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(`${rendererRoot}index.html`)) {
        throw new Error(
          `e2e: ${rendererRoot}index.html is missing. Build first (npx electron-vite build), ` +
            'or run `npm run test:e2e`, which builds when needed.',
        );
      }
      const specifier = new URL('../../scripts/serve-static.mjs', import.meta.url).href;
      const { serveStatic } = (await import(specifier)) as ServeStaticModule;
      // Port 0: each worker gets a free port, so parallel workers and other runs never collide.
      const server = await serveStatic({ root: rendererRoot, port: 0 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  baseURL: async ({ appServer }, use) => {
    await use(appServer.url);
  },

  guards: [
    async ({ context, appServer }, use) => {
      const guards = await installGuards(context, new URL(appServer.url).origin);
      await use(guards);
      const failures = guardFailures(await guards.snapshot());
      if (failures.length > 0) {
        throw new Error(
          `Runtime guards caught ${failures.length} problem(s) in this test:\n` +
            failures.map((line) => `  - ${line}`).join('\n'),
        );
      }
    },
    { auto: true },
  ],

  // Playwright reads the first parameter's destructuring to wire dependencies; this one has none.
  // eslint-disable-next-line no-empty-pattern
  checkA11y: async ({}, use) => {
    await use(checkA11y);
  },

  openApp: async ({ appServer }, use) => {
    await use(async (page, route = '#/') => {
      // Hash routing: a path like '/pilots' would ask the static server for a file that is not there.
      if (!route.startsWith('#/')) {
        throw new Error(`openApp: route must be a hash route such as '#/pilots', got '${route}'`);
      }
      await page.goto(new URL(route, appServer.url).href);
      // React mounts into #root; a first child means the app (or its error boundary) rendered,
      // not just the HTML shell.
      await page.locator('#root > *').first().waitFor();
    });
  },
});

/**
 * Where end-to-end screenshots go: test-results/screenshots by default, so `npm test` never
 * changes tracked files; `SCREENSHOT_DIR=docs/screenshots npm run test:e2e` refreshes the docs.
 */
export function screenshotPath(name: string): string {
  return `${process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'}/${name}`;
}
