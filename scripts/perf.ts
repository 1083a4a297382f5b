/**
 * `npm run perf`: the performance gate (issue 6). Serves dist/ and its script-free twin
 * from one server, runs Lighthouse (mobile defaults, simulated throttling) on both,
 * interleaved, and checks the targets and the size budgets. Exit 1 names every miss.
 *
 * The twin is the same dist/index.html with every <script> removed: the page as plain
 * HTML and CSS. Its LCP is the floor a prerendered page can reach, so the app is judged
 * against it rather than against an absolute number that would drift with the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import {
  KB,
  allStylesheets,
  initialJavaScript,
  linkedStylesheets,
  sum,
  type SizedFile,
} from './lib/budgets.ts';
import { firstVisitScripts } from './lib/first-visit.ts';
import { startStaticServer } from './lib/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../tests/e2e/chromium.ts';

const root = join(import.meta.dirname, '..');
const distDir = join(root, 'dist');
const indexPath = join(distDir, 'index.html');
const outFile = join(root, 'test-results', 'perf.json');

// The browser tests' Chromium and flags, headless in Chrome's own (new) mode.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const RUNS = Number(process.env.PERF_RUNS ?? 3);

const TARGETS = {
  lcpRatio: 1.1,
  performance: 98,
  otherCategories: 100,
  cls: 0.001, // "zero": Lighthouse reports float noise such as 0.0000x for no shift at all
  tbtMs: 50,
  // Issue 9: at most 100 KB gzip for a first visit to `/` (the library and storage are lazy):
  // the entry's static graph, and everything the visit fetches untouched (idle loads too).
  initialJsKb: 100,
  cssKb: 15,
};

// Like the browser tests (scripts/run-e2e.mjs): without Chromium say so loudly, and fail
// only under CI, where a skipped gate must never look like a pass.
if (!chromiumAvailable()) {
  const banner = '!'.repeat(72);
  console.error(
    `${banner}\nperf NOT RUN: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH).\n${banner}`,
  );
  process.exit(process.env.CI ? 1 : 0);
}

// A build that stopped before the prerender leaves the placeholder in: that page is not
// what ships, so it is rebuilt rather than measured.
const unfinished = () => readFileSync(indexPath, 'utf8').includes('<!--app-html-->');
if (!existsSync(indexPath) || unfinished()) {
  console.log('perf: dist/index.html is missing or not prerendered: running npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  if (unfinished()) throw new Error('perf: the build did not prerender dist/index.html');
}

const html = readFileSync(indexPath, 'utf8');
/** Every script element, inline and external, the JSON data script included. */
const twinHtml = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '');
if (/<script\b/i.test(twinHtml)) throw new Error('perf: a <script> survived in the twin');

// ---------------------------------------------------------------- size budgets

const initialJs = initialJavaScript(distDir, html);
const stylesheets = allStylesheets(distDir);
const linkedCss = new Set(linkedStylesheets(html));
const initialJsGzip = sum(initialJs);
const cssGzip = sum(stylesheets);

// ---------------------------------------------------------------- Lighthouse

interface RunFigures {
  lcp: number;
  fcp: number;
  cls: number;
  tbt: number;
  speedIndex: number;
  scores: Record<Category, number>;
  fonts: string[];
  failing: Record<Category, string[]>;
  warnings: string[];
  /** The element Lighthouse took as largest, and how its time splits into phases. */
  lcpElement: string;
  lcpPhases: Record<string, number>;
}

/** Audits that cost a category points: what to look at when a score is below target. */
function failingAudits(lhr: Result, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) return [];
    if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) return [];
    // In performance only the weighted metrics move the score; other audits are hints,
    // listed only when Lighthouse flags them (below 0.9).
    if (category === 'performance' && ref.weight === 0 && audit.score >= 0.9) return [];
    const value = audit.displayValue ? ` (${audit.displayValue})` : '';
    return [`${audit.id}: ${audit.title}${value}, score ${audit.score.toFixed(2)}`];
  });
}

function figures(lhr: Result): RunFigures {
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== 'number') throw new Error(`perf: Lighthouse gave no value for ${id}`);
    return value;
  };
  const requests = (
    lhr.audits['network-requests']?.details as
      { items?: { url?: string; resourceType?: string; mimeType?: string }[] } | undefined
  )?.items;
  const fonts = (requests ?? [])
    .filter(
      (r) => r.resourceType === 'Font' || /^font\/|woff|opentype|truetype/.test(r.mimeType ?? ''),
    )
    .map((r) => r.url ?? '?');
  const scores = {} as Record<Category, number>;
  const failing = {} as Record<Category, string[]>;
  for (const category of CATEGORIES) {
    scores[category] = Math.round((lhr.categories[category]?.score ?? 0) * 100);
    failing[category] = failingAudits(lhr, category);
  }
  // details.items[0] is the element, items[1] the phases (TTFB, load delay, render delay).
  const lcpItems = (
    lhr.audits['largest-contentful-paint-element']?.details as
      { items?: { items?: Record<string, unknown>[] }[] } | undefined
  )?.items;
  const node = lcpItems?.[0]?.items?.[0]?.node as { snippet?: string } | undefined;
  const lcpPhases = Object.fromEntries(
    (lcpItems?.[1]?.items ?? []).map((row) => [String(row.phase), Number(row.timing)]),
  );
  return {
    lcpElement: node?.snippet ?? '?',
    lcpPhases,
    lcp: numeric('largest-contentful-paint'),
    fcp: numeric('first-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbt: numeric('total-blocking-time'),
    speedIndex: numeric('speed-index'),
    scores,
    fonts,
    failing,
    warnings: lhr.runWarnings,
  };
}

const server = await startStaticServer({
  mounts: { '/': distDir },
  routes: [
    (pathname) =>
      pathname === '/twin.html' ? { body: twinHtml, type: 'text/html; charset=utf-8' } : null,
  ],
});
const urls = { app: `${server.origin}/`, twin: `${server.origin}/twin.html` };

const launch = () =>
  chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
let chrome = await launch();

/** PERF_SAVE_LHR=1 keeps every full Lighthouse report, for digging into a miss. */
let saved = 0;
function saveReport(url: string, lhr: Result) {
  const dir = join(root, 'test-results', 'perf-lhr');
  mkdirSync(dir, { recursive: true });
  const name = `${String(++saved).padStart(2, '0')}-${url.endsWith('twin.html') ? 'twin' : 'app'}.json`;
  writeFileSync(join(dir, name), JSON.stringify(lhr));
}

async function audit(url: string): Promise<RunFigures> {
  const flags: Flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  };
  // One Chrome serves every run; should it fail mid-run, a fresh one gets one more try.
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await lighthouse(url, flags);
      if (!result) throw new Error('Lighthouse returned no result');
      if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
      if (process.env.PERF_SAVE_LHR) saveReport(url, result.lhr);
      return figures(result.lhr);
    } catch (error) {
      if (attempt >= 2) throw error;
      console.warn(`perf: run failed (${String(error)}), retrying in a fresh Chrome`);
      chrome.kill();
      chrome = await launch();
      flags.port = chrome.port;
    }
  }
}

const runs: { app: RunFigures[]; twin: RunFigures[] } = { app: [], twin: [] };
const started = Date.now();
let visitJs: SizedFile[] = [];
try {
  visitJs = await firstVisitScripts(urls.app, distDir);
  // The first page load of a fresh Chrome is slow for reasons of Chrome, not of the page
  // (observed: a first paint presented 1.2 s late, and TBT over 1,000 ms): one discarded
  // run takes that cost before anything is counted.
  await audit(urls.app);
  console.log(`perf: warm-up run done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Alternating app and twin spreads any drift of the machine over both sides equally.
  for (let i = 0; i < RUNS; i++) {
    for (const side of ['app', 'twin'] as const) {
      const t0 = Date.now();
      runs[side].push(await audit(urls[side]));
      console.log(
        `perf: ${side} run ${i + 1}/${RUNS} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

// ---------------------------------------------------------------- report

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const med = (side: 'app' | 'twin', pick: (r: RunFigures) => number) => median(runs[side].map(pick));

const lcpApp = med('app', (r) => r.lcp);
const lcpTwin = med('twin', (r) => r.lcp);
const lcpRatio = lcpApp / lcpTwin;

type Format = (value: number) => string;
const ms: Format = (v) => `${Math.round(v)} ms`;
const score: Format = (v) => String(v);
const clsFormat: Format = (v) => v.toFixed(4);

const rows: [string, (r: RunFigures) => number, Format][] = [
  ['LCP', (r) => r.lcp, ms],
  ['FCP', (r) => r.fcp, ms],
  ['CLS', (r) => r.cls, clsFormat],
  ['TBT', (r) => r.tbt, ms],
  ['Speed Index', (r) => r.speedIndex, ms],
  ...CATEGORIES.map((c): [string, (r: RunFigures) => number, Format] => [
    c,
    (r) => r.scores[c],
    score,
  ]),
];

const table: string[][] = [['figure', 'app median', 'app runs', 'twin median', 'twin runs']];
for (const [name, pick, format] of rows) {
  table.push([
    name,
    format(med('app', pick)),
    runs.app.map((r) => format(pick(r))).join(' / '),
    format(med('twin', pick)),
    runs.twin.map((r) => format(pick(r))).join(' / '),
  ]);
}
table.push([
  'LCP app / twin',
  lcpRatio.toFixed(3),
  runs.app.map((r, i) => (r.lcp / (runs.twin[i]?.lcp ?? NaN)).toFixed(3)).join(' / '),
  '',
  '',
]);

function printTable(data: string[][]) {
  const widths =
    data[0]?.map((_, col) => Math.max(...data.map((row) => (row[col] ?? '').length))) ?? [];
  for (const [index, row] of data.entries()) {
    console.log(
      row
        .map((cell, col) =>
          col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0),
        )
        .join('  '),
    );
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const fontUrls = [...new Set(runs.app.flatMap((r) => r.fonts))];

console.log(
  `\nLighthouse ${RUNS}x app (${urls.app}) and ${RUNS}x twin (${urls.twin}), mobile, simulated throttling, ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
);
printTable(table);
console.log('\nSize budgets (gzip level 9, 1 kB = 1,000 bytes)\n');
printTable([
  ['file', 'raw', 'gzip'],
  ...initialJs.map((f) => [`js   ${f.file}`, kb(f.bytes), kb(f.gzip)]),
  ['initial JavaScript total', '', kb(initialJsGzip)],
  ...visitJs
    .filter((f) => !initialJs.some((i) => i.file === f.file))
    .map((f) => [`js   ${f.file} (fetched untouched)`, kb(f.bytes), kb(f.gzip)]),
  ['first visit, untouched, JavaScript total', '', kb(sum(visitJs))],
  ...stylesheets.map((f) => [
    `css  ${f.file}${linkedCss.has(f.file) ? ' (linked)' : ' (lazy)'}`,
    kb(f.bytes),
    kb(f.gzip),
  ]),
  ['CSS total', '', kb(cssGzip)],
]);
console.log(`\nweb fonts requested: ${fontUrls.length ? fontUrls.join(', ') : 'none'}`);

// ---------------------------------------------------------------- targets

interface Check {
  name: string;
  pass: boolean;
  detail: string;
}
const checks: Check[] = [];
const check = (name: string, pass: boolean, detail: string) => checks.push({ name, pass, detail });

check(
  `LCP(app) <= ${TARGETS.lcpRatio} x LCP(twin)`,
  lcpRatio <= TARGETS.lcpRatio,
  `${ms(lcpApp)} / ${ms(lcpTwin)} = ${lcpRatio.toFixed(3)}`,
);
for (const category of CATEGORIES) {
  const target = category === 'performance' ? TARGETS.performance : TARGETS.otherCategories;
  const value = med('app', (r) => r.scores[category]);
  const failing = [...new Set(runs.app.flatMap((r) => r.failing[category]))];
  check(
    `${category} >= ${target}`,
    value >= target,
    `median ${value}` +
      (value < target && failing.length
        ? `; failing audits:\n      ${failing.join('\n      ')}`
        : ''),
  );
}
const clsApp = med('app', (r) => r.cls);
check('CLS = 0', clsApp < TARGETS.cls, clsFormat(clsApp));
const tbtApp = med('app', (r) => r.tbt);
check(`TBT <= ${TARGETS.tbtMs} ms`, tbtApp <= TARGETS.tbtMs, ms(tbtApp));
check(
  `initial JS <= ${TARGETS.initialJsKb} kB gzip`,
  initialJsGzip <= TARGETS.initialJsKb * KB,
  `${kb(initialJsGzip)} in ${initialJs.length} files`,
);
check(
  `first visit, untouched: JS <= ${TARGETS.initialJsKb} kB gzip`,
  sum(visitJs) <= TARGETS.initialJsKb * KB &&
    initialJs.every((i) => visitJs.some((f) => f.file === i.file)),
  `${kb(sum(visitJs))} in ${visitJs.length} files (entry, idle loads; not the offline copy)`,
);
check(`CSS <= ${TARGETS.cssKb} kB gzip`, cssGzip <= TARGETS.cssKb * KB, kb(cssGzip));
check(
  'no web font',
  fontUrls.length === 0,
  fontUrls.length ? fontUrls.join(', ') : 'none requested',
);

console.log('\nTargets\n');
for (const { name, pass, detail } of checks)
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
const warnings = [...new Set([...runs.app, ...runs.twin].flatMap((r) => r.warnings))];
if (warnings.length) console.log(`\nLighthouse warnings:\n  ${warnings.join('\n  ')}`);

mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  outFile,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      urls,
      runs,
      medians: {
        app: Object.fromEntries(rows.map(([name, pick]) => [name, med('app', pick)])),
        twin: Object.fromEntries(rows.map(([name, pick]) => [name, med('twin', pick)])),
        lcpRatio,
      },
      budgets: {
        initialJs: { files: initialJs satisfies SizedFile[], gzip: initialJsGzip },
        firstVisitJs: { files: visitJs, gzip: sum(visitJs) },
        css: { files: stylesheets, gzip: cssGzip },
        fonts: fontUrls,
      },
      targets: TARGETS,
      checks,
    },
    null,
    2,
  ),
);

const failed = checks.filter((c) => !c.pass);
console.log(`\nfull figures: ${outFile}`);
console.log(
  `perf: ${checks.length - failed.length} passed, ${failed.length} failed${failed.length ? ` (${failed.map((c) => c.name).join('; ')})` : ''}`,
);
process.exit(failed.length ? 1 : 0);
