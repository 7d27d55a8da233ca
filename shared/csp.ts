/**
 * The app's Content-Security-Policy, in one place. The main process sends it as a header on every
 * `app://` response, the static server of browser mode sends the same, and `renderer/index.html`
 * declares it in a meta tag (tests compare all three).
 *
 * Why each directive: everything comes from the app's own origin (no CDN, no remote origin of any
 * kind); no `unsafe-eval`; inline styles are allowed because the chart and table libraries set
 * `style` attributes; `blob:` workers and fetches carry the aggregation workers and file exports;
 * `data:` fonts and images carry inlined assets.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self' blob: data:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** The policy as an HTTP header value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(
  ([name, value]) => `${name} ${value}`,
).join('; ');

/**
 * The same policy for a `<meta http-equiv>` tag. Browsers ignore `frame-ancestors` in a meta tag
 * (and Chromium logs a console error about it), so the meta form leaves it out; the header keeps it.
 */
export const CONTENT_SECURITY_POLICY_META = CSP_DIRECTIVES.filter(
  ([name]) => name !== 'frame-ancestors',
)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
