/**
 * Size budgets read from the build in dist/: what the page downloads as initial
 * JavaScript (the entry its loader requests, plus everything that entry imports
 * statically, transitively) and the stylesheets, each compressed with gzip level 9.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/** Kilobytes as Vite prints them (1 kB = 1,000 bytes), so the figures can be compared. */
export const KB = 1000;

export function gzipSize(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
}

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * The JavaScript files the page asks for on its own: `<script src>` elements, module
 * preloads, and any `"/….js"` string inside an inline (non-JSON) script, which is how the
 * prerendered page's idle loader names the entry. Paths are relative to dist/.
 */
export function entryScripts(html: string): string[] {
  const found = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/.exec(attributes)?.[1];
    if (src) found.add(src);
    if (/type\s*=\s*["']application\/(ld\+)?json["']/i.test(attributes)) continue;
    for (const [, path] of body.matchAll(/["'](\/[^"'\s]+\.m?js)["']/g)) if (path) found.add(path);
  }
  for (const [, href] of html.matchAll(
    /<link\b[^>]*rel=["']modulepreload["'][^>]*href=["']([^"']+)["']/gi,
  )) {
    if (href) found.add(href);
  }
  return [...found].map((path) => path.replace(/^\//, ''));
}

/**
 * Static imports of a built module: `import{a}from"./x.js"`, `export*from"./x.js"` and
 * `import"./x.js"`. Dynamic `import("./x.js")` is excluded on purpose: those chunks load on
 * first use and are not part of the initial JavaScript.
 */
export function staticImports(code: string): string[] {
  const specifiers = new Set<string>();
  for (const [, specifier] of code.matchAll(/\b(?:from|import)\s*["']([^"']+)["']/g)) {
    if (specifier?.startsWith('.') || specifier?.startsWith('/')) specifiers.add(specifier);
  }
  return [...specifiers];
}

/** The entry scripts and their static import closure, each sized. Paths relative to dist/. */
export function initialJavaScript(distDir: string, html: string): SizedFile[] {
  const seen = new Set<string>();
  const queue = entryScripts(html);
  const files: SizedFile[] = [];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file));
    files.push({ file, bytes: code.length, gzip: gzipSize(code) });
    for (const specifier of staticImports(code.toString('utf8'))) {
      queue.push(
        specifier.startsWith('/')
          ? specifier.slice(1)
          : posix.normalize(posix.join(posix.dirname(file), specifier)),
      );
    }
  }
  return files;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every stylesheet in the build, sized (lazily loaded feature CSS included). */
export function allStylesheets(distDir: string): SizedFile[] {
  return walk(distDir)
    .filter((file) => file.endsWith('.css'))
    .map((path) => {
      const bytes = readFileSync(path);
      return {
        file: relative(distDir, path).split(/[\\/]/).join('/'),
        bytes: bytes.length,
        gzip: gzipSize(bytes),
      };
    });
}

/** The stylesheets the page links in its HTML (the ones on the path to first paint). */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel=["']stylesheet["'][^>]*href=["']([^"']+)["']/gi)]
    .map(([, href]) => (href ?? '').replace(/^\//, ''))
    .filter(Boolean);
}

export const sum = (files: SizedFile[]) => files.reduce((total, f) => total + f.gzip, 0);
