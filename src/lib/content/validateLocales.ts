import { isRecord } from '../isRecord';
import { BLOCK_KINDS, isBlockKind } from '../text/types';

/** One thing wrong with the locale files, phrased for the person who has to fix it. */
export interface LocaleProblem {
  file: string;
  key: string;
  reason: string;
}

/** The raw text of every locale file, keyed by language then namespace. */
export type LocaleFiles = Record<string, Record<string, { path: string; text: string }>>;

/** Flattens nested UI strings to dotted keys so two languages can be compared. */
function flattenKeys(value: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isRecord(child)) for (const [k, v] of flattenKeys(child, path)) out.set(k, v);
    else out.set(path, child);
  }
  return out;
}

interface ParsedBlock {
  key: string;
  kind: unknown;
  segments: unknown;
}

function checkArticle(path: string, data: unknown, problems: LocaleProblem[]): ParsedBlock[] {
  if (!isRecord(data) || !Array.isArray(data.blocks)) {
    problems.push({ file: path, key: 'blocks', reason: 'must be an array of blocks' });
    return [];
  }
  const seen = new Set<string>();
  const blocks: ParsedBlock[] = [];
  data.blocks.forEach((block: unknown, index) => {
    const where = `blocks[${index}]`;
    if (!isRecord(block) || typeof block.key !== 'string' || block.key === '') {
      problems.push({ file: path, key: where, reason: 'a block needs a non-empty string "key"' });
      return;
    }
    const key = `blocks.${block.key}`;
    if (seen.has(block.key)) problems.push({ file: path, key, reason: 'duplicate block key' });
    seen.add(block.key);
    if (!isBlockKind(block.kind)) {
      problems.push({
        file: path,
        key,
        reason: `unknown block kind ${JSON.stringify(block.kind)} (known: ${BLOCK_KINDS.join(', ')})`,
      });
    }
    if (!Array.isArray(block.segments) || block.segments.length === 0) {
      problems.push({ file: path, key, reason: 'segments must be a non-empty array' });
    } else {
      block.segments.forEach((segment: unknown, n) => {
        if (typeof segment !== 'string' || segment.trim() === '') {
          problems.push({ file: path, key: `${key}.segments[${n}]`, reason: 'empty segment' });
        }
      });
    }
    blocks.push({ key: block.key, kind: block.kind, segments: block.segments });
  });
  return blocks;
}

/**
 * Checks every language against the first (the reference): valid JSON, the same UI keys,
 * the same article blocks in the same order with the same kinds and segment counts,
 * no empty segment, no unknown block kind.
 */
export function validateLocales(files: LocaleFiles): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const parsed: Record<string, Record<string, unknown>> = {};
  for (const [lng, namespaces] of Object.entries(files)) {
    parsed[lng] = {};
    for (const [ns, file] of Object.entries(namespaces)) {
      try {
        parsed[lng][ns] = JSON.parse(file.text) as unknown;
      } catch (error) {
        problems.push({ file: file.path, key: '(file)', reason: `invalid JSON: ${String(error)}` });
      }
    }
  }

  const languages = Object.keys(files);
  const namespaces = [...new Set(languages.flatMap((lng) => Object.keys(files[lng] ?? {})))];
  for (const ns of namespaces) {
    for (const lng of languages) {
      if (!files[lng]?.[ns]) {
        problems.push({ file: `locales/${lng}/${ns}.json`, key: '(file)', reason: 'file missing' });
      }
    }
  }

  // Interface namespaces (every one but the article): same keys everywhere, each a
  // non-empty string.
  for (const ns of namespaces.filter((name) => name !== 'article')) {
    const keysByLng = new Map<string, Map<string, unknown>>();
    for (const lng of languages) {
      const data = parsed[lng]?.[ns];
      if (data === undefined) continue;
      const path = files[lng]?.[ns]?.path ?? `locales/${lng}/${ns}.json`;
      if (!isRecord(data)) {
        problems.push({ file: path, key: '(root)', reason: 'must be an object' });
        continue;
      }
      const flat = flattenKeys(data);
      keysByLng.set(lng, flat);
      for (const [key, value] of flat) {
        if (typeof value !== 'string' || value.trim() === '') {
          problems.push({ file: path, key, reason: 'must be a non-empty string' });
        }
      }
    }
    for (const [lng, keys] of keysByLng) {
      for (const [other, otherKeys] of keysByLng) {
        if (other === lng) continue;
        for (const key of otherKeys.keys()) {
          if (!keys.has(key)) {
            problems.push({
              file: files[lng]?.[ns]?.path ?? lng,
              key,
              reason: `missing here but present in ${files[other]?.[ns]?.path ?? other}`,
            });
          }
        }
      }
    }
  }

  // Article: blocks aligned by key, in the same order, with the same kind and segment count.
  const articles = new Map<string, ParsedBlock[]>();
  for (const lng of languages) {
    const file = files[lng]?.article;
    if (!file || parsed[lng]?.article === undefined) continue;
    articles.set(lng, checkArticle(file.path, parsed[lng].article, problems));
  }
  const [referenceLng, reference] = [...articles][0] ?? [];
  if (referenceLng === undefined || reference === undefined) return problems;
  const referencePath = files[referenceLng]?.article?.path ?? referenceLng;
  for (const [lng, blocks] of articles) {
    if (lng === referenceLng) continue;
    const path = files[lng]?.article?.path ?? lng;
    const byKey = new Map(blocks.map((b) => [b.key, b]));
    const refKeys = new Set(reference.map((b) => b.key));
    for (const block of blocks) {
      if (!refKeys.has(block.key)) {
        problems.push({
          file: path,
          key: `blocks.${block.key}`,
          reason: `not in ${referencePath}`,
        });
      }
    }
    for (const ref of reference) {
      const block = byKey.get(ref.key);
      const key = `blocks.${ref.key}`;
      if (!block) {
        problems.push({ file: path, key, reason: `missing here but present in ${referencePath}` });
        continue;
      }
      if (block.kind !== ref.kind) {
        problems.push({
          file: path,
          key,
          reason: `kind ${JSON.stringify(block.kind)} differs from ${JSON.stringify(ref.kind)} in ${referencePath}`,
        });
      }
      const count = Array.isArray(block.segments) ? block.segments.length : 0;
      const refCount = Array.isArray(ref.segments) ? ref.segments.length : 0;
      if (count !== refCount) {
        problems.push({
          file: path,
          key,
          reason: `${count} segments here but ${refCount} in ${referencePath}`,
        });
      }
    }
    const order = blocks.map((b) => b.key).filter((k) => refKeys.has(k));
    const refOrder = reference.map((b) => b.key).filter((k) => byKey.has(k));
    if (order.join('\n') !== refOrder.join('\n')) {
      problems.push({
        file: path,
        key: 'blocks',
        reason: `block order differs from ${referencePath}`,
      });
    }
  }
  return problems;
}
