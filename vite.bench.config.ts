/**
 * Builds the benchmark page (bench/) with production React, for `npm run bench`. The output
 * goes under node_modules/.cache, out of the way of git, lint and the product's dist/.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dictionaryIndexPlugin } from './scripts/lib/dictionary-index-plugin.ts';

export const BENCH_OUT_DIR = fileURLToPath(
  new URL('./node_modules/.cache/sanding-bench/dist', import.meta.url),
);

export default defineConfig({
  root: fileURLToPath(new URL('./bench', import.meta.url)),
  // Served by scripts/bench.ts under /bench/, next to the product's dist/ at /.
  base: '/bench/',
  mode: 'production',
  // The dictionary's index is a virtual module, as in vite.config.ts.
  plugins: [react(), dictionaryIndexPlugin()],
  logLevel: 'warn',
  build: {
    outDir: BENCH_OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
});
