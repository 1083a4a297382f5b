/**
 * The word list's rows of the bench (issue 12, probe 9), measured on the real build in dist/
 * with a word list of 10,000 roots:
 *
 * - importing a 10,000-root JSON file from the panel: the longest main-thread task while it
 *   runs, and the time from choosing the file to "Imported 10000 roots" on screen;
 * - opening the list with 10,000 roots stored, on a fresh page whose word study has started:
 *   from the click on "Words" to the frame that first paints a row (the panel's chunk is
 *   loaded by that click, as a learner's first open loads it), and the longest task meanwhile;
 * - scrolling the open list from top to bottom a screen at a time: the longest task, and
 *   whether the last root was reached.
 *
 * Figures only; the targets are printed beside them and nothing fails.
 */
import type { Browser, Page } from '@playwright/test';

export interface WordsFigures {
  roots: number;
  /** Megabytes of the imported file. */
  fileMB: number;
  importMs: number[];
  importLongestTaskMs: number[];
  openToRowMs: number[];
  openLongestTaskMs: number[];
  scrollLongestTaskMs: number[];
  /** Tasks over 50 ms while scrolling (a busy shared machine adds some of its own). */
  scrollLongTasks: number[];
  scrollSteps: number[];
  /** The last root was on screen at the end of every scroll. */
  scrolledToEnd: boolean;
}

const ROOTS = 10_000;
/** Steps to scroll the whole list in (about 2,200 screens at 1280 x 900). */
const SCROLL_STEPS = 300;

/** A word-list export of `count` roots, like the panel's own "Export JSON". */
export function wordListFile(count: number): string {
  const words = Array.from({ length: count }, (_, index) => {
    const root = `akar${index}`;
    const sentence = `Mereka melihat ${root} itu di pasar kemarin sore bersama teman-temannya.`;
    const at = new Date(Date.UTC(2026, 10, 20) - index * 60_000).toISOString();
    return {
      id: root,
      root,
      status: (['new', 'learning-1', 'learning-3', 'known'] as const)[index % 4],
      forms: [root, `me${root}`],
      breakdown: `meN- + ${root}`,
      gloss: `gloss number ${index}`,
      context: {
        articleId: 'hari-kemenangan-2023',
        segmentId: 's-p1-0',
        sentence,
        translation: `They saw that ${root} at the market yesterday afternoon with their friends.`,
        form: root,
        start: 15,
        end: 15 + root.length,
      },
      card: {
        due: at,
        stability: 3.2,
        difficulty: 5.1,
        elapsed_days: 1,
        scheduled_days: 3,
        learning_steps: 0,
        reps: 2,
        lapses: 0,
        state: 2,
        last_review: at,
      },
      created: at,
      updated: at,
    };
  });
  return JSON.stringify({ format: 'sanding-words', version: 1, exported: '', words }, null, 2);
}

/** Starts recording long tasks in the page (read back with {@link longestTask}). */
async function watchTasks(page: Page) {
  await page.evaluate(() => {
    const slot = window as unknown as { __tasks: number[]; __taskObserver?: PerformanceObserver };
    slot.__taskObserver?.disconnect();
    slot.__tasks = [];
    slot.__taskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) slot.__tasks.push(entry.duration);
    });
    slot.__taskObserver.observe({ type: 'longtask' });
  });
}

async function longTasks(page: Page): Promise<number[]> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  return page.evaluate(() => {
    const slot = window as unknown as { __tasks: number[]; __taskObserver?: PerformanceObserver };
    for (const entry of slot.__taskObserver?.takeRecords() ?? []) slot.__tasks.push(entry.duration);
    return slot.__tasks;
  });
}

async function longestTask(page: Page): Promise<number> {
  return page.evaluate(async () => {
    // Long tasks are reported after the fact: let the last ones arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const slot = window as unknown as { __tasks: number[]; __taskObserver?: PerformanceObserver };
    for (const entry of slot.__taskObserver?.takeRecords() ?? []) slot.__tasks.push(entry.duration);
    return Math.max(0, ...slot.__tasks);
  });
}

/**
 * Waits for the page to be hydrated, then moves the pointer (a first visit that only looks
 * loads nothing more) and waits for sentence reading, as the e2e tests' `waitForApp` does.
 */
async function hydrated(page: Page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
  await page.mouse.move(2, 2);
  await page.mouse.move(1, 1);
  await page.waitForFunction(
    () => document.documentElement.getAttribute('data-sentences') === 'ready',
  );
}

/** The page with word study started (its summary counted) and the page quiet. */
async function openReady(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`bench: words: page error: ${error.message}`));
  await page.goto(`${origin}/`);
  await hydrated(page);
  return page;
}

/** Clicks "Words" and times the click -> the frame that paints the first row. */
function timeOpen(): Promise<number> {
  return new Promise((resolve) => {
    const button = [...document.querySelectorAll('button')].find(
      (element) => element.textContent?.trim() === 'Words',
    );
    if (!button) throw new Error('no Words button');
    const painted = (t0: number) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - t0);
        channel.port2.postMessage(null);
      });
    const observer = new MutationObserver(() => {
      if (!document.querySelector('dialog[open] .words-list > li')) return;
      observer.disconnect();
      painted(start);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const start = performance.now();
    button.click();
  });
}

/**
 * Scrolls the open dialog to its end, two frames per step: a screen at a time, or in longer
 * strides (like a fling) so that the whole list takes at most about `maxSteps` steps. Every
 * step past a screen brings only rows never rendered before, the most work a step can be.
 */
function scrollToEnd(maxSteps: number): Promise<{ steps: number; last: boolean }> {
  return (async () => {
    const dialog = document.querySelector<HTMLElement>('dialog[open]');
    if (!dialog) throw new Error('no open dialog');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let steps = 0;
    const t0 = performance.now();
    while (
      dialog.scrollTop + dialog.clientHeight < dialog.scrollHeight - 1 &&
      performance.now() - t0 < 120_000
    ) {
      // The height changes as rows are measured: read it again each step.
      dialog.scrollBy(
        0,
        Math.max(dialog.clientHeight * 0.9, Math.ceil(dialog.scrollHeight / maxSteps)),
      );
      await frame();
      await frame();
      steps++;
    }
    const items = dialog.querySelectorAll('.words-list > li');
    const lastItem = items[items.length - 1];
    return {
      steps,
      last:
        lastItem?.getAttribute('aria-posinset') === lastItem?.getAttribute('aria-setsize') &&
        lastItem !== undefined,
    };
  })();
}

export async function measureWords(
  browser: Browser,
  origin: string,
  runs = 3,
): Promise<WordsFigures> {
  const file = wordListFile(ROOTS);
  const figures: WordsFigures = {
    roots: ROOTS,
    fileMB: Buffer.byteLength(file) / 1024 / 1024,
    importMs: [],
    importLongestTaskMs: [],
    openToRowMs: [],
    openLongestTaskMs: [],
    scrollLongestTaskMs: [],
    scrollLongTasks: [],
    scrollSteps: [],
    scrolledToEnd: true,
  };

  for (let run = 0; run < runs; run++) {
    // Import into an empty word list (a fresh context has a fresh IndexedDB).
    const page = await openReady(browser, origin);
    await page.getByRole('button', { name: 'Words', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Your words' });
    await panel.waitFor();
    await page.waitForTimeout(500);
    // The File is made in the page before timing starts: Playwright's setInputFiles builds it
    // on the page's main thread (a second-long task of its own with 10 MB), which would be
    // counted against the app. The learner's browser hands the file over without that.
    await page.evaluate((text) => {
      (window as unknown as { __file: File }).__file = new File([text], 'words.json', {
        type: 'application/json',
      });
    }, file);
    await page.waitForTimeout(500);
    await watchTasks(page);
    const t0 = Date.now();
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('dialog[open] input[type="file"]');
      if (!input) throw new Error('no file input');
      const transfer = new DataTransfer();
      transfer.items.add((window as unknown as { __file: File }).__file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await panel.getByText(`Imported ${ROOTS} roots`).waitFor({ timeout: 120_000 });
    figures.importMs.push(Date.now() - t0);
    figures.importLongestTaskMs.push(await longestTask(page));

    // First open of the list on a fresh page, once word study has read the list.
    await page.reload();
    await hydrated(page);
    await page.getByText(/roots known/).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    await watchTasks(page);
    figures.openToRowMs.push(await page.evaluate(timeOpen));
    figures.openLongestTaskMs.push(await longestTask(page));
    await page.getByText(`Showing ${ROOTS} of ${ROOTS} roots`).waitFor();

    await page.waitForTimeout(500);
    await watchTasks(page);
    const scrolled = await page.evaluate(scrollToEnd, SCROLL_STEPS);
    const tasks = await longTasks(page);
    figures.scrollLongestTaskMs.push(Math.max(0, ...tasks));
    figures.scrollLongTasks.push(tasks.length);
    figures.scrollSteps.push(scrolled.steps);
    figures.scrolledToEnd &&= scrolled.last;
    await page.context().close();
  }
  return figures;
}

/** The rows as the bench prints them. */
export function wordsReport(figures: WordsFigures): { lines: string[]; misses: string[] } {
  const list = (values: number[]) => values.map((value) => Math.round(value)).join(', ');
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const misses: string[] = [];
  const row = (label: string, values: number[], limit?: number) => {
    const value = median(values);
    const miss = limit !== undefined && value > limit;
    if (miss) misses.push(`${label.trim()}: ${Math.round(value)} ms, target <= ${limit} ms`);
    const target = limit === undefined ? '' : ` (target <= ${limit} ms)`;
    return `  ${label.padEnd(58)} ${`${Math.round(value)} ms`.padStart(8)}${miss ? ' MISS' : ''}${target}   runs: ${list(values)}`;
  };
  const lines = [
    `Word list of ${figures.roots.toLocaleString('en')} roots (dist/, medians of ${figures.importMs.length} runs; file ${figures.fileMB.toFixed(1)} MB)`,
    row('import: file chosen -> "Imported N roots"', figures.importMs),
    row('import: longest main-thread task', figures.importLongestTaskMs, 50),
    row('first open: click -> first row painted', figures.openToRowMs, 300),
    row('first open: longest main-thread task', figures.openLongestTaskMs),
    row('scroll to the end: longest main-thread task', figures.scrollLongestTaskMs, 50),
    `  scroll to the end: ${figures.scrollLongTasks.join(', ')} tasks over 50 ms in ${figures.scrollSteps.join(', ')} screens; last root reached: ${figures.scrolledToEnd ? 'yes' : 'NO'}`,
  ];
  if (!figures.scrolledToEnd) misses.push('scrolling the word list did not reach the last root');
  return { lines, misses };
}
