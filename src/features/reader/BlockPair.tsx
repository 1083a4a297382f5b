import { memo, useState, type ElementType } from 'react';
import { TEXT_SIDES, type PairedBlock } from '../../lib/text/types';
import { Segments } from './Segments';

const { original: ORIGINAL, translation: TRANSLATION } = TEXT_SIDES;

/** True when the translation says exactly what the original says (a name, say). */
function isIdentical(block: PairedBlock): boolean {
  return block.translation.every((text, i) => text === block.original[i]);
}

interface PairProps {
  block: PairedBlock;
  /** The element that holds the pair: a heading, a caption, a paragraph wrapper... */
  as: ElementType;
  /** Element for each language inside the pair: `p` for prose, `span` inside headings. */
  inner: 'p' | 'span';
  id?: string;
  className: string;
}

/**
 * One block in both languages, original first. Which language shows is decided by the
 * stylesheet from `data-view` on <html>, so switching views never re-renders the text.
 */
function Pair({ block, as: Outer, inner: Inner, id, className }: PairProps) {
  return (
    <Outer
      id={id}
      className={`pair ${className}`}
      data-kind={block.kind}
      data-same={isIdentical(block) ? '' : undefined}
    >
      <Inner lang={ORIGINAL} className="t t-original">
        <Segments blockKey={block.key} side="original" segments={block.original} />
      </Inner>
      <Inner lang={TRANSLATION} className="t t-translation">
        <Segments
          blockKey={block.key}
          side="translation"
          segments={block.translation}
          fallback={block.original}
        />
      </Inner>
    </Outer>
  );
}

export const HeadingPair = memo(function HeadingPair({
  block,
  level,
  id,
}: {
  block: PairedBlock;
  level: 1 | 2;
  id?: string;
}) {
  return (
    <Pair
      block={block}
      as={level === 1 ? 'h1' : 'h2'}
      inner="span"
      id={id}
      className={level === 1 ? 'headline' : 'subheading'}
    />
  );
});

export const InlinePair = memo(function InlinePair({
  block,
  as,
  className,
}: {
  block: PairedBlock;
  as: ElementType;
  className: string;
}) {
  return <Pair block={block} as={as} inner="span" className={className} />;
});

/**
 * A paragraph (or the lead) in both languages, with its own translation toggle for the
 * single-language views: it shows this one paragraph's other language in place.
 */
export const ParagraphPair = memo(function ParagraphPair({
  block,
  toggleLabel,
}: {
  block: PairedBlock;
  /** The toggle's label, passed in so thousands of paragraphs do not each subscribe to i18next. */
  toggleLabel: string;
}) {
  const [open, setOpen] = useState(false);
  const originalId = `b-${block.key}-${ORIGINAL}`;
  const translationId = `b-${block.key}-${TRANSLATION}`;
  return (
    <div
      className={`pair paragraph${block.kind === 'lead' ? ' lead' : ''}`}
      data-kind={block.kind}
      data-open={open ? '' : undefined}
    >
      <p id={originalId} lang={ORIGINAL} className="t t-original">
        <Segments blockKey={block.key} side="original" segments={block.original} />
      </p>
      <p id={translationId} lang={TRANSLATION} className="t t-translation">
        <Segments
          blockKey={block.key}
          side="translation"
          segments={block.translation}
          fallback={block.original}
        />
      </p>
      <button
        type="button"
        className="pair-toggle needs-app"
        aria-expanded={open}
        aria-controls={`${originalId} ${translationId}`}
        onClick={() => setOpen((value) => !value)}
      >
        <svg className="pair-toggle-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M2 4h8M6 2v2M4 4c0 3 2 5 5 6M8 4c-.5 3-2.5 5-5.5 6M9 14l2.5-6 2.5 6M9.8 12h3.4" />
        </svg>
        {toggleLabel}
      </button>
    </div>
  );
});
