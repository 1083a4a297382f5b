/**
 * `npm run bench:align`: the aligner at book scale, in Node. Builds a parallel text from
 * the seed article's real sentences (scripts/lib/parallel-text.ts, cycled and varied),
 * then makes it harder the way translators do: some English pairs merged into one
 * sentence (2-1), some English sentences dropped (1-0), some added (0-1). It aligns
 * 10,000 x 10,000 and 2,400 x 2,400 sentences and prints, as rows: wall time, CPU time
 * of this process (the machine is shared, so wall time alone can mislead), the JS heap
 * growth, the band and passes, and the strict pair F1 against the known pairs.
 *
 * Then the same in the real align worker in Chromium (the worker bundled by Vite, served
 * locally, driven by Playwright): from posting the two raw texts to the result, which
 * includes splitting them. BENCH_ALIGN_BROWSER=0 skips it.
 *
 * BENCH_ALIGN_SIZES=2400 picks sizes; BENCH_ALIGN_RUNS=3 the runs per size (best shown).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../tests/e2e/chromium.ts';
import { alignSentences, type AlignedPair } from '../src/features/import/align.ts';
import { f1, multisetScore } from './lib/align-eval.ts';
import { generateParallelText } from './lib/parallel-text.ts';
import { startStaticServer } from './lib/static-server.ts';

const root = join(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_ALIGN_SIZES ?? '10000,2400').split(',').map(Number);
const RUNS = Number(process.env.BENCH_ALIGN_RUNS ?? 3);

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  source: string[];
  target: string[];
  gold: AlignedPair[];
}

/** `size` Indonesian sentences, their translation with merges, drops and additions. */
function makeCase(size: number): Case {
  const text = generateParallelText(root, Math.ceil(size / 2));
  const ids = text.id.blocks.flatMap((b) => b.segments);
  const ens = text.en.blocks.flatMap((b) => b.segments);
  const next = random(size);
  const source: string[] = [];
  const target: string[] = [];
  const gold: AlignedPair[] = [];
  let k = 0;
  while (source.length < size && k + 1 < ids.length) {
    const roll = next();
    const s = source.length;
    const t = target.length;
    if (roll < 0.03) {
      source.push(ids[k] ?? '', ids[k + 1] ?? '');
      target.push(`${ens[k] ?? ''} ${ens[k + 1] ?? ''}`);
      gold.push({ source: [s, s + 1], target: [t], confidence: 1 });
      k += 2;
    } else if (roll < 0.04) {
      source.push(ids[k] ?? '');
      gold.push({ source: [s], target: [], confidence: 1 });
      k += 1;
    } else if (roll < 0.05) {
      target.push(`(Translator's note ${Math.floor(next() * 1000)}: see the glossary.)`);
      gold.push({ source: [], target: [t], confidence: 1 });
    } else {
      source.push(ids[k] ?? '');
      target.push(ens[k] ?? '');
      gold.push({ source: [s], target: [t], confidence: 1 });
      k += 1;
    }
  }
  return { source, target, gold };
}

const key = (p: AlignedPair) => `${p.source.join(',')}-${p.target.join(',')}`;

const cases = new Map(SIZES.map((size) => [size, makeCase(size)]));

console.log('Node: alignSentences on split sentences');
console.log('size (id x en)   wall ms  cpu ms  heap MB  band  passes  strict F1');
for (const c of cases.values()) {
  let best = { wall: Infinity, cpu: Infinity, heap: 0, band: 0, passes: 0, f1: 0 };
  for (let run = 0; run < RUNS; run++) {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = alignSentences(c.source, c.target);
    const wall = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const heap = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const score = multisetScore(c.gold.map(key), result.pairs.map(key));
    if (wall < best.wall) {
      best = {
        wall,
        cpu: (cpu.user + cpu.system) / 1000,
        heap,
        band: result.band,
        passes: result.passes,
        f1: f1(score),
      };
    }
  }
  console.log(
    [
      `${c.source.length} x ${c.target.length}`.padEnd(16),
      best.wall.toFixed(0).padStart(7),
      best.cpu.toFixed(0).padStart(7),
      best.heap.toFixed(0).padStart(8),
      String(best.band).padStart(5),
      String(best.passes).padStart(7),
      best.f1.toFixed(4).padStart(10),
    ].join(' '),
  );
}

// ---------------------------------------------------------------- in the worker, in Chromium

async function inChromium() {
  const outDir = join(root, 'node_modules', '.cache', 'sanding-bench-align');
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: join(root, 'src', 'features', 'import', 'align.worker.ts'),
        formats: ['es'],
        fileName: () => 'align.worker.js',
      },
    },
  });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>bench:align</title>');
  const server = await startStaticServer({ mounts: { '/': outDir } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    console.log('\nChromium: the align worker, raw texts in, pairs out (splitting included)');
    console.log('size (id x en)   wall ms  split ms  align ms  main-thread long tasks');
    for (const c of cases.values()) {
      const original = c.source.join(' ');
      const translation = c.target.join(' ');
      let best = { ms: Infinity, splitMs: 0, alignMs: 0 };
      let longTasks = 0;
      for (let run = 0; run < RUNS; run++) {
        const figures = await page.evaluate(
          async ({ original, translation }) => {
            const long: number[] = [];
            const observer = new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) long.push(entry.duration);
            });
            observer.observe({ type: 'longtask' });
            const worker = new Worker('/align.worker.js', { type: 'module' });
            const started = performance.now();
            type Reply = {
              type: string;
              message?: string;
              result?: { timings: { splitMs: number; alignMs: number } };
            };
            const { ms, timings } = await new Promise<{
              ms: number;
              timings: { splitMs: number; alignMs: number };
            }>((resolve, reject) => {
              worker.onmessage = (event: MessageEvent<Reply>) => {
                if (event.data.type === 'result' && event.data.result) {
                  resolve({ ms: performance.now() - started, timings: event.data.result.timings });
                }
                if (event.data.type === 'error') reject(new Error(event.data.message));
              };
              worker.postMessage({ type: 'align', original, translation });
            });
            worker.terminate();
            observer.disconnect();
            return { ms, ...timings, longTasks: long.length };
          },
          { original, translation },
        );
        if (figures.ms < best.ms) best = figures;
        longTasks = Math.max(longTasks, figures.longTasks);
      }
      console.log(
        [
          `${c.source.length} x ${c.target.length}`.padEnd(16),
          best.ms.toFixed(0).padStart(7),
          best.splitMs.toFixed(0).padStart(9),
          best.alignMs.toFixed(0).padStart(9),
          `  ${longTasks}`,
        ].join(' '),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.env.BENCH_ALIGN_BROWSER !== '0') {
  if (chromiumAvailable()) await inChromium();
  else console.log(`\nChromium not found at ${CHROMIUM_PATH}: the worker figures are skipped.`);
}
