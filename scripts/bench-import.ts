/**
 * `npm run bench:import`: the import page at book scale, in Chromium, against the production
 * build (run `npm run build` first). A generated text of about 2,400 sentences a side (the
 * seed article's sentences, cycled and varied, with its real English) is pasted into the two
 * fields as paragraphs; then it measures, in the page:
 *
 * - from the Align click to the review table showing every pair (target ≤ 3 s);
 * - the longest main-thread task meanwhile, from the Long Tasks API (target: none over 50 ms);
 * - how many pairs came out, against the sentences of each side.
 *
 * It reports and never fails; figures also go to test-results/bench-import.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { generateParallelText } from './lib/parallel-text.ts';

const root = join(import.meta.dirname, '..');
const PARAGRAPHS = Number(process.env.BENCH_IMPORT_PARAGRAPHS ?? 800);
const port = Number(process.env.BENCH_PORT ?? 4190);

const text = generateParallelText(root, PARAGRAPHS);
const asPlain = (blocks: { segments: string[] }[]) =>
  blocks.map((block) => block.segments.join(' ')).join('\n\n');
const original = asPlain(text.id.blocks);
const translation = asPlain(text.en.blocks);
const sentences = text.id.blocks.reduce((n, block) => n + block.segments.length, 0);

const server = await preview({ root, preview: { host: '127.0.0.1', port, strictPort: true } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // tsx names the functions it compiles with a helper the page does not have.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.goto(`http://127.0.0.1:${port}/import`);
  await page.getByRole('textbox', { name: 'Indonesian text' }).waitFor();
  // Put the texts in place the way a paste does, without timing the typing itself.
  await page.getByRole('textbox', { name: 'Indonesian text' }).fill(original);
  await page.getByRole('textbox', { name: 'English translation' }).fill(translation);
  await page.waitForTimeout(500);
  const profiling = process.env.BENCH_PROFILE === '1';
  const cdp = profiling ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const figures = await page.evaluate(async () => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Align');
    if (!button) throw new Error('no Align button');
    const start = performance.now();
    button.click();
    // Done when the table holds as many rows as the summary names pairs.
    const rows = await new Promise<number>((resolve) => {
      const check = () => {
        const table = document.querySelector('table');
        const count = table?.querySelectorAll('tbody tr').length ?? 0;
        const summary = /^(\d+) pairs/.exec(
          document.querySelector('.pairs-summary')?.textContent ?? '',
        );
        if (table && summary && count === Number(summary[1])) resolve(count);
        else requestAnimationFrame(check);
      };
      check();
    });
    // The frame that shows the table.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const toTable = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    return { toTable, rows, longTasks };
  });
  if (cdp) {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: {
        nodes: {
          id: number;
          callFrame: { functionName: string; url: string; lineNumber: number };
        }[];
        samples: number[];
        timeDeltas: number[];
      };
    };
    const self = new Map<number, number>();
    profile.samples.forEach((id, k) =>
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)),
    );
    const byName = new Map<string, number>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}`;
      byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
    }
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [name, ms] of top) console.log(`profile: ${ms.toFixed(1)} ms ${name}`);
  }
  const longest = Math.max(0, ...figures.longTasks);
  const result = {
    sentencesPerSide: sentences,
    pairs: figures.rows,
    alignToTableMs: Math.round(figures.toTable),
    longestTaskMs: Math.round(longest),
    tasksOver50ms: figures.longTasks.filter((d) => d > 50).length,
  };
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results', 'bench-import.json'), JSON.stringify(result, null, 2));
  const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(`bench:import: ${sentences} sentences a side, ${result.pairs} pairs`);
  console.log(
    `bench:import: Align to review table ${result.alignToTableMs} ms (target 3000: ${mark(result.alignToTableMs <= 3000)})`,
  );
  console.log(
    `bench:import: longest main-thread task ${result.longestTaskMs} ms, ${result.tasksOver50ms} over 50 ms (target 0: ${mark(result.tasksOver50ms === 0)})`,
  );
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
