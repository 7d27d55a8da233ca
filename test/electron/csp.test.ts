import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  CSP_DIRECTIVES,
} from '../../shared/csp';

const root = join(import.meta.dirname, '..', '..');

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );
}

describe('the Content-Security-Policy', () => {
  it('names no remote origin and allows no eval', () => {
    for (const [name, value] of CSP_DIRECTIVES) {
      for (const source of value.split(/\s+/)) {
        expect(
          ["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'],
          `${name} allows ${source}`,
        ).toContain(source);
      }
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });

  it('scripts come only from the app itself (inline styles are allowed, inline scripts are not)', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
  });

  it('the meta form is the header minus frame-ancestors, which browsers ignore in meta', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(CONTENT_SECURITY_POLICY_META)).toEqual(header);
  });

  it('renderer/index.html declares the same policy in its meta tag', () => {
    const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta, 'index.html has a CSP meta tag').not.toBeNull();
    const declared = directives(meta?.[1] ?? '');
    declared.delete('frame-ancestors');
    expect(declared).toEqual(directives(CONTENT_SECURITY_POLICY_META));
  });

  it('browser mode (scripts/serve-static.mjs) sends the same header', async () => {
    const module: unknown = await import(
      pathToFileURL(join(root, 'scripts', 'serve-static.mjs')).href
    );
    const policy = (module as { CONTENT_SECURITY_POLICY?: unknown }).CONTENT_SECURITY_POLICY;
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
  });
});
