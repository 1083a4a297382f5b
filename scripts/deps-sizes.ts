/**
 * `npm run deps:sizes`: what each production dependency weighs in our bundle. For every
 * package in `dependencies`, the names that `src/` imports from it (value imports only: types
 * weigh nothing) are bundled on their own, minified and tree-shaken as the build does, and
 * gzipped at level 9. Prints a table in Markdown with each package's licence, for the README.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Specifier -> imported names (`*` for a namespace or default import). */
const imports = new Map<string, Set<string>>();
const pattern = /import\s+(?!type\b)([^'";]+?)\s+from\s+'([^']+)'/g;
for (const file of sources(join(root, 'src'))) {
  for (const [, clause = '', specifier = ''] of readFileSync(file, 'utf8').matchAll(pattern)) {
    const name = Object.keys(pkg.dependencies).find(
      (dep) => specifier === dep || specifier.startsWith(`${dep}/`),
    );
    if (!name || specifier.endsWith('/server')) continue;
    const names = imports.get(specifier) ?? new Set<string>();
    const named = /\{([^}]*)\}/.exec(clause)?.[1];
    for (const part of named?.split(',') ?? []) {
      const value = part.trim();
      if (value && !value.startsWith('type ')) names.add(value.split(/\s+as\s+/)[0] ?? value);
    }
    if (/^\s*[\w$]+\s*(,|$)/.test(clause) || clause.includes('*')) names.add('default');
    imports.set(specifier, names);
  }
}

console.log('| package | licence | gzip in our bundle |');
console.log('| --- | --- | --- |');
for (const name of Object.keys(pkg.dependencies)) {
  const specifiers = [...imports].filter(([s]) => s === name || s.startsWith(`${name}/`));
  const entry = specifiers
    .map(([specifier, names], k) =>
      [...names]
        .map((n) =>
          n === 'default'
            ? `import * as d${k} from '${specifier}'; console.log(d${k});`
            : `import { ${n} as n${k}_${n} } from '${specifier}'; console.log(n${k}_${n});`,
        )
        .join('\n'),
    )
    .join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    // Each package alone: the others are counted in their own rows, and the shim that our
    // build aliases to React's own hook (vite.config.ts) weighs nothing there.
    external: [
      ...Object.keys(pkg.dependencies).filter((dep) => dep !== name),
      'use-sync-external-store',
      'use-sync-external-store/*',
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const bytes = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
  const licence = (
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      license?: string;
    }
  ).license;
  console.log(`| ${name} | ${licence ?? '?'} | ${(bytes / 1024).toFixed(1)} KB |`);
}
