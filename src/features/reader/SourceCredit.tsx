import { useTranslation } from 'react-i18next';
import { useArticleBlocks } from './Article';

/**
 * The credit line under the text, on screen and on paper: the original's title and author
 * (from its headline and byline blocks), and who made the translation.
 */
export function SourceCredit() {
  const { t } = useTranslation();
  const blocks = useArticleBlocks();
  const title = blocks.find((block) => block.kind === 'headline')?.original.join(' ') ?? '';
  const author = blocks.find((block) => block.kind === 'byline')?.original.join(' ') ?? '';
  return (
    <p className="source-credit">
      {t('footer.source')} <cite lang="id">“{title}”</cite>
      {author ? (
        <>
          {', '}
          {t('footer.by')} <span lang="id">{author}</span>
        </>
      ) : null}
      {t('footer.asPublished')} {t('footer.translation')}
    </p>
  );
}
