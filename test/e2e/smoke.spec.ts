import { test, expect } from './fixtures';

test('the built app opens with a level-1 heading and no accessibility violations', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await openApp(page);
  const heading = page.getByRole('heading', { level: 1 }).first();
  await expect(heading).toBeVisible();
  await expect(heading).not.toHaveText('');
  await checkA11y(page, 'first page');
});

test.describe('runtime guards', () => {
  test('offline: a request to another origin is aborted and recorded', async ({ page, guards }) => {
    // The app's own CSP refuses foreign fetches before they reach the network, so to show the
    // network guard on its own this probe page is served on the app's origin without a CSP.
    const probe = `${guards.appOrigin}/__guard-probe.html`;
    await page.route(probe, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' }),
    );
    await page.goto(probe);

    const outcome = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached the network',
        () => 'refused',
      ),
    );

    expect(outcome).toBe('refused');
    const recorded = await guards.takeRecorded();
    expect(recorded.offOriginRequests).toEqual(['GET https://example.com/']);
    expect(recorded.cspViolations).toEqual([]);
  });

  test('CSP: the app refuses a foreign fetch and the violation is recorded', async ({
    page,
    openApp,
    guards,
  }) => {
    await openApp(page);

    const outcome = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached the network',
        () => 'refused',
      ),
    );

    expect(outcome).toBe('refused');
    const recorded = await guards.takeRecorded();
    // One report per enforced policy: the <meta> tag and the server's header carry the same one.
    expect(recorded.cspViolations.length).toBeGreaterThan(0);
    for (const violation of recorded.cspViolations) {
      expect(violation).toMatchObject({
        blockedURI: 'https://example.com/',
        violatedDirective: 'connect-src',
      });
    }
    // Chromium also logs the refusal as a console error, which the console guard catches.
    expect(recorded.consoleErrors).toContainEqual(expect.stringContaining('https://example.com/'));
    // The policy stopped it before the network layer, so the offline guard saw nothing.
    expect(recorded.offOriginRequests).toEqual([]);
  });

  test('console errors and uncaught exceptions are recorded', async ({ page, openApp, guards }) => {
    await openApp(page);

    await page.evaluate(() => {
      console.error('guard probe: console error');
      setTimeout(() => {
        throw new Error('guard probe: uncaught');
      }, 0);
    });

    await expect
      .poll(async () => (await guards.snapshot()).pageErrors.length, {
        message: 'the uncaught exception should reach the page-error guard',
      })
      .toBe(1);
    const recorded = await guards.takeRecorded();
    // Containment, not equality: whether the app itself logs cleanly is the first test's job.
    expect(recorded.consoleErrors).toContainEqual(
      expect.stringContaining('guard probe: console error'),
    );
    expect(recorded.pageErrors).toEqual([expect.stringContaining('guard probe: uncaught')]);
  });

  test('axe: the accessibility check fails on a violation and names it', async ({
    page,
    guards,
    checkA11y,
  }) => {
    const probe = `${guards.appOrigin}/__a11y-probe.html`;
    await page.route(probe, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body:
          '<!doctype html><html lang="en"><title>probe</title><main><h1>Probe</h1>' +
          '<img id="unlabelled" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>',
      }),
    );
    await page.goto(probe);

    await expect(checkA11y(page, 'a11y probe')).rejects.toThrow(/image-alt.*#unlabelled/);
  });

  test('an error nobody takes fails the test at teardown', async ({ page, openApp }) => {
    // Expected to fail, and only the guard's teardown can make it fail: the body asserts nothing.
    // (If openApp itself broke, the first test in this file would fail too, so that cannot hide.)
    test.fail();
    await openApp(page);
    await page.evaluate(() => console.error('guard probe: nobody takes this'));
  });
});
