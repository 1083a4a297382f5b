/**
 * The library's rows of `npm run bench` (issue 9), measured on the real build in dist/:
 *
 * - opening a stored 2,000-paragraph text: from navigation to `/read/<id>` (and from the
 *   app's read of IndexedDB, the `sanding:text-read` mark) to the frame that first shows a
 *   paragraph;
 * - the library listing 500 stored texts: from navigation to `/library` (and from its read,
 *   `sanding:library-read`) to the frame that shows every item.
 *
 * Texts are written straight into the app's IndexedDB database, in the rows the app itself
 * writes (`rowOf`), after the app has opened (and so created) it.
 */
import type { Browser, Page } from '@playwright/test';
import { DATABASE_NAME } from '../../src/lib/db/database.ts';
import { rowsOf } from '../../src/lib/text/textStore.ts';
import type { Text } from '../../src/lib/text/types.ts';
import { generateParallelText } from './parallel-text.ts';

export interface LibraryFigures {
  paragraphs: number;
  texts: number;
  /** Medians over the runs, in ms. */
  openFromNavigation: number;
  openFromRead: number;
  listFromNavigation: number;
  listFromRead: number;
  /** From the read to the first screen of items (8 at 1280 x 900). */
  listFirstScreenFromRead: number;
}

const RUNS = 3;

function textOf(root: string, id: string, title: string, paragraphs: number): Text {
  const generated = generateParallelText(root, paragraphs);
  return {
    id,
    title,
    original: { lang: 'id', blocks: generated.id.blocks },
    translation: { lang: 'en', blocks: generated.en.blocks },
  };
}

type Rows = ReturnType<typeof rowsOf>[];

async function putRows(page: Page, rows: Rows) {
  await page.evaluate(
    ({ name, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['texts', 'textBodies'], 'readwrite');
          for (const { row, body } of rows) {
            tx.objectStore('texts').put(row);
            tx.objectStore('textBodies').put(body);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE_NAME, rows },
  );
}

/**
 * Records, in the page, the first frame on which `selector` matches at least `count`
 * elements, as `window[key]` (ms since navigation).
 */
function watchFor(selector: string, count: number, key = '__benchSeen') {
  const slot = window as unknown as Record<string, number | undefined>;
  const done = () => slot[key] !== undefined;
  const check = () => {
    if (done() || document.querySelectorAll(selector).length < count) return false;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        slot[key] = performance.now();
      };
      channel.port2.postMessage(null);
    });
    return true;
  };
  new MutationObserver((_, observer) => {
    if (check()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

async function timeTo(page: Page, url: string, mark: string) {
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __benchSeen?: number }).__benchSeen,
    null,
    {
      timeout: 60_000,
    },
  );
  return page.evaluate((markName) => {
    const seen = (window as unknown as { __benchSeen: number }).__benchSeen;
    const read = performance.getEntriesByName(markName)[0]?.startTime ?? NaN;
    const first = (window as unknown as { __benchFirst?: number }).__benchFirst ?? NaN;
    return { fromNavigation: seen, fromRead: seen - read, firstFromRead: first - read };
  }, mark);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function measureLibrary(
  browser: Browser,
  origin: string,
  root: string,
): Promise<LibraryFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // tsx keeps function names with __name(...) calls: the page needs that helper too.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  const setup = await context.newPage();
  // The library's first read creates the database with the app's schema.
  await setup.goto(`${origin}/library`);
  await setup.getByRole('heading', { level: 1 }).waitFor();
  await setup.waitForFunction(
    () => performance.getEntriesByName('sanding:library-read').length > 0,
  );
  await setup.waitForTimeout(500);

  const paragraphs = 2000;
  const now = new Date().toISOString();
  const big = textOf(root, 'bench-2000', 'Teks panjang untuk bench', paragraphs);
  await putRows(setup, [rowsOf(big, now)]);

  const open: { fromNavigation: number; fromRead: number; firstFromRead: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    // The stored text's article, not the built-in one hidden in the fallback page.
    await page.addInitScript(
      `(${watchFor.toString()})('#article[data-text="bench-2000"] .article-body .pair', 1)`,
    );
    open.push(await timeTo(page, `${origin}/read/bench-2000`, 'sanding:text-read'));
    await page.close();
  }

  const small = textOf(root, 'bench-small', 'Teks pendek', 30);
  const rows: Rows = [];
  for (let i = 1; i < 500; i++) {
    rows.push(rowsOf({ ...small, id: `bench-${i}`, title: `Teks pendek nomor ${i}` }, now));
  }
  await putRows(setup, rows);
  const texts = 500;
  const list: { fromNavigation: number; fromRead: number; firstFromRead: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    // The first screen of items, and every stored text and the built-in one.
    await page.addInitScript(`(${watchFor.toString()})('.library-list > li', 8, '__benchFirst')`);
    await page.addInitScript(`(${watchFor.toString()})('.library-list > li', ${texts + 1})`);
    list.push(await timeTo(page, `${origin}/library`, 'sanding:library-read'));
    await page.close();
  }
  await context.close();
  return {
    paragraphs,
    texts,
    openFromNavigation: median(open.map((r) => r.fromNavigation)),
    openFromRead: median(open.map((r) => r.fromRead)),
    listFromNavigation: median(list.map((r) => r.fromNavigation)),
    listFromRead: median(list.map((r) => r.fromRead)),
    listFirstScreenFromRead: median(list.map((r) => r.firstFromRead)),
  };
}
