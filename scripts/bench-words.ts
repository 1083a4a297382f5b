/**
 * `npm run bench:words`: the word list's rows of the bench alone (see scripts/lib/bench-words.ts),
 * on the build in dist/ (run `npm run build` first). BENCH_RUNS sets the number of runs (3).
 * `npm run bench` prints the same rows after its own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { measureWords, wordsReport } from './lib/bench-words.ts';
import { startStaticServer } from './lib/static-server.ts';

const distDir = join(import.meta.dirname, '..', 'dist');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error('bench:words: no dist/; run `npm run build` first');
  process.exit(1);
}
const server = await startStaticServer({ mounts: { '/': distDir } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const figures = await measureWords(browser, server.origin, Number(process.env.BENCH_RUNS ?? 3));
  const { lines, misses } = wordsReport(figures);
  console.log(`\n${lines.join('\n')}`);
  console.log(
    misses.length
      ? `bench:words: ${misses.length} target(s) missed:\n  ${misses.join('\n  ')}`
      : 'bench:words: every target met',
  );
} finally {
  await browser.close();
  await server.close();
}
