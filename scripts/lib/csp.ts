/**
 * The page's Content-Security-Policy, written into every built page as a `<meta>` (static
 * hosts give us no headers). Scripts run only from our origin or, for the inline boot script
 * and loader, by the SHA-256 of their exact text, computed here at build time: editing an
 * inline script changes its hash with it, so the policy can never silently block the page.
 * JSON data blocks (`type="application/json"`) are not scripts and need no hash.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/** The `'sha256-…'` source of every inline script that runs in `html`. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
    if (type && type !== 'module' && !/javascript/.test(type)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...new Set(hashes)];
}

/** The policy for a page whose inline scripts have these hashes. */
export function contentSecurityPolicy(hashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    // Styles: our stylesheet, plus style values React sets on elements (card placement).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** `html` with its policy as the first element after the charset declaration. */
export function withContentSecurityPolicy(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error('csp: the page already has a Content-Security-Policy');
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(
    inlineScriptHashes(html),
  )}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('csp: no <meta charset> to put the policy after');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}
