import { useTranslation } from 'react-i18next';
import { useText } from '../../lib/text/TextContext';

/**
 * The credit line under the text, on screen and on paper: the original's title and author
 * (from its headline and byline blocks), and who made the translation. Phrasing content:
 * the page frame puts it in the footer's paragraph.
 */
export function SourceCredit() {
  const { t } = useTranslation();
  const { blocks } = useText();
  const title = blocks.find((block) => block.kind === 'headline')?.original.join(' ') ?? '';
  const author = blocks.find((block) => block.kind === 'byline')?.original.join(' ') ?? '';
  return (
    <span className="source-credit">
      {t('footer.source')} <cite lang="id">“{title}”</cite>
      {author ? (
        <>
          {', '}
          {t('footer.by')} <span lang="id">{author}</span>
        </>
      ) : null}
      {t('footer.asPublished')} {t('footer.translation')}
    </span>
  );
}
