import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ARTICLE_LANGUAGES,
  alignBlocks,
  segmentId,
  type AlignedBlock,
} from '../../lib/content/article';
import { HeadingPair, InlinePair, ParagraphPair } from './BlockPair';

const HEADLINE_ID = 'headline';

/** The article element's id: the sentence layer, skip link and study bar find it by it. */
export const ARTICLE_ELEMENT_ID = 'article';

function renderBlock(block: AlignedBlock, toggleLabel: string): ReactNode {
  switch (block.kind) {
    case 'category':
      return <InlinePair key={block.key} block={block} as="p" className="category" />;
    case 'headline':
      return <HeadingPair key={block.key} block={block} level={1} id={HEADLINE_ID} />;
    case 'byline':
      return <InlinePair key={block.key} block={block} as="address" className="byline" />;
    case 'subheading':
      return <HeadingPair key={block.key} block={block} level={2} />;
    case 'lead':
    case 'paragraph':
      return <ParagraphPair key={block.key} block={block} toggleLabel={toggleLabel} />;
    case 'caption':
      return <InlinePair key={block.key} block={block} as="figcaption" className="caption" />;
  }
}

const HEADER_KINDS = new Set(['category', 'headline', 'lead', 'byline']);

/**
 * From this many body blocks on, a text counts as long: off-screen blocks then skip
 * rendering until they come near (see app.css). Short texts lay out in full, so their
 * scroll height is exact from the start.
 */
const LONG_TEXT_BLOCKS = 120;

/**
 * Blocks per group in a long text. `content-visibility` goes on the groups, not on every
 * block: the browser checks each such element on every frame, so 20,000 of them would
 * cost more than they save.
 */
const BLOCKS_PER_GROUP = 32;

function groups<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Where each block goes on the page: header blocks (category, headline, lead, byline) in
 * the article's <header>, captions with the illustration in a <figure>, the rest in the
 * body in the order of the original. The reading order (for the cursor) follows it.
 */
export function layoutBlocks(blocks: AlignedBlock[]) {
  return {
    header: blocks.filter((b) => HEADER_KINDS.has(b.kind)),
    captions: blocks.filter((b) => b.kind === 'caption'),
    body: blocks.filter((b) => !HEADER_KINDS.has(b.kind) && b.kind !== 'caption'),
  };
}

/** Every sentence's id in the order the page shows them. */
export function readingOrder(blocks: AlignedBlock[]): string[] {
  const { header, captions, body } = layoutBlocks(blocks);
  return [...header, ...captions, ...body].flatMap((block) =>
    block.original.map((_, index) => segmentId(block.key, index)),
  );
}

/** The article's blocks in both languages, from the i18next resources. */
export function useArticleBlocks(): AlignedBlock[] {
  const { i18n } = useTranslation();
  return useMemo(
    () =>
      alignBlocks(
        i18n.getResource(ARTICLE_LANGUAGES.original, 'article', 'blocks'),
        i18n.getResource(ARTICLE_LANGUAGES.translation, 'article', 'blocks'),
      ),
    [i18n],
  );
}

/** The article in both languages, laid out by `layoutBlocks`. */
export function Article({
  illustration,
  headerExtra,
}: {
  illustration?: ReactNode;
  /** Shown at the end of the article's header (word study's known-roots summary). */
  headerExtra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { header, captions, body } = layoutBlocks(useArticleBlocks());
  const toggleLabel = t('article.translationToggle');
  const render = (block: AlignedBlock) => renderBlock(block, toggleLabel);
  const long = body.length >= LONG_TEXT_BLOCKS;

  return (
    <article
      className="article"
      id={ARTICLE_ELEMENT_ID}
      aria-labelledby={HEADLINE_ID}
      tabIndex={-1}
    >
      <header className="article-header">
        {header.map(render)}
        {headerExtra}
      </header>
      {captions.length > 0 || illustration ? (
        <figure className="article-figure">
          {illustration}
          {captions.map(render)}
        </figure>
      ) : null}
      <div className="article-body" data-long={long ? '' : undefined}>
        {long
          ? groups(body, BLOCKS_PER_GROUP).map((group) => (
              <div key={group[0]?.key} className="body-group">
                {group.map(render)}
              </div>
            ))
          : body.map(render)}
      </div>
    </article>
  );
}
