import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutBlocks } from '../../lib/text/readingOrder';
import { useText } from '../../lib/text/TextContext';
import { TEXT_SIDES, type PairedBlock } from '../../lib/text/types';
import { HeadingPair, InlinePair, ParagraphPair } from './BlockPair';

const HEADLINE_ID = 'headline';

/** The article element's id: the sentence layer, skip link and study bar find it by it. */
export const ARTICLE_ELEMENT_ID = 'article';

function renderBlock(block: PairedBlock, toggleLabel: string): ReactNode {
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
export const BLOCKS_PER_GROUP = 32;

function groups<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The text on the page in both languages, laid out by `layoutBlocks`. */
export function Article({
  illustration,
  headerExtra,
  renderLimit,
}: {
  illustration?: ReactNode;
  /** Shown at the end of the article's header (word study's known-roots summary). */
  headerExtra?: ReactNode;
  /**
   * At most this many body blocks for now (a stored text paints its beginning first, see
   * `useProgressive`; never the prerendered article, which must hydrate as it is).
   */
  renderLimit?: number;
}) {
  const { t } = useTranslation();
  const text = useText();
  const { header, captions, body } = layoutBlocks(text.blocks);
  const toggleLabel = t('article.translationToggle');
  const render = (block: PairedBlock) => renderBlock(block, toggleLabel);
  const long = body.length >= LONG_TEXT_BLOCKS;
  const rendered =
    renderLimit !== undefined && renderLimit < body.length ? body.slice(0, renderLimit) : body;
  // A text without a headline block (many imported ones) gets its title as the heading.
  const hasHeadline = header.some((block) => block.kind === 'headline');

  return (
    <article
      className="article"
      id={ARTICLE_ELEMENT_ID}
      aria-labelledby={HEADLINE_ID}
      tabIndex={-1}
      data-text={text.id}
      data-translation={text.hasTranslation ? undefined : 'none'}
    >
      <header className="article-header">
        {hasHeadline ? null : (
          <h1 id={HEADLINE_ID} className="pair headline" data-kind="headline">
            <span lang={TEXT_SIDES.original} className="t t-original">
              {text.title}
            </span>
            {text.translatedTitle ? (
              <span lang={TEXT_SIDES.translation} className="t t-translation">
                {text.translatedTitle}
              </span>
            ) : null}
          </h1>
        )}
        {header.map(render)}
        {text.hasTranslation ? null : (
          <p className="no-translation-note" role="note">
            {t('article.noTranslation')}
          </p>
        )}
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
          ? groups(rendered, BLOCKS_PER_GROUP).map((group) => (
              <div key={group[0]?.key} className="body-group">
                {group.map(render)}
              </div>
            ))
          : rendered.map(render)}
      </div>
    </article>
  );
}
