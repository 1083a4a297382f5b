import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_LANGUAGES, alignBlocks, type AlignedBlock } from '../../lib/content/article';
import { HeadingPair, InlinePair, ParagraphPair } from './BlockPair';

const HEADLINE_ID = 'headline';

function renderBlock(block: AlignedBlock): ReactNode {
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
      return <ParagraphPair key={block.key} block={block} />;
    case 'caption':
      return <InlinePair key={block.key} block={block} as="figcaption" className="caption" />;
  }
}

const HEADER_KINDS = new Set(['category', 'headline', 'lead', 'byline']);

/**
 * The article in both languages. Header blocks (category, headline, lead, byline) go in
 * the article's <header>; captions go with the illustration in a <figure>; the rest is
 * the body, in the order of the original.
 */
export function Article({ illustration }: { illustration?: ReactNode }) {
  const { i18n } = useTranslation();
  const blocks = useMemo(
    () =>
      alignBlocks(
        i18n.getResource(ARTICLE_LANGUAGES.original, 'article', 'blocks'),
        i18n.getResource(ARTICLE_LANGUAGES.translation, 'article', 'blocks'),
      ),
    [i18n],
  );
  const header = blocks.filter((b) => HEADER_KINDS.has(b.kind));
  const captions = blocks.filter((b) => b.kind === 'caption');
  const body = blocks.filter((b) => !HEADER_KINDS.has(b.kind) && b.kind !== 'caption');

  return (
    <article className="article" id="article" aria-labelledby={HEADLINE_ID} tabIndex={-1}>
      <header className="article-header">{header.map(renderBlock)}</header>
      {captions.length > 0 || illustration ? (
        <figure className="article-figure">
          {illustration}
          {captions.map(renderBlock)}
        </figure>
      ) : null}
      <div className="article-body">{body.map(renderBlock)}</div>
    </article>
  );
}
