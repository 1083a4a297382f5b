/**
 * The built page's Content-Security-Policy: every inline script that runs is allowed by the
 * hash of its exact text, JSON data blocks are not hashed, nothing allows inline or eval'd
 * script, and the policy comes right after the charset, before any script.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  withContentSecurityPolicy,
} from '../../scripts/lib/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const PAGE = `<!doctype html><html><head><meta charset="UTF-8" /><script>boot()</script></head>
<body><script type="application/json" id="r">{"a":1}</script><script src="/x.js"></script><script>load()</script></body></html>`;

describe('the Content-Security-Policy', () => {
  it('hashes each inline script, and only those', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha('boot()'), sha('load()')]);
  });

  it('is strict for scripts and objects', () => {
    const policy = contentSecurityPolicy([sha('boot()')]);
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scripts).toBe(`'self' ${sha('boot()')}`);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  });

  it('goes right after the charset, before any script, once', () => {
    const page = withContentSecurityPolicy(PAGE);
    const meta = page.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(page.indexOf('<meta charset'));
    expect(meta).toBeLessThan(page.indexOf('<script'));
    expect(() => withContentSecurityPolicy(page)).toThrow();
  });
});
