import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_PATH, LIBRARY_PATH } from '../lib/routes';

/** The id of each page's main content: the skip link goes there. */
export const MAIN_ID = 'main';

/** The top bar's page links: an icon, with the page's name as label and tooltip. */
const NAV_LINKS = {
  import: { href: IMPORT_PATH, icon: 'M10 3v9M6.5 8.5 10 12l3.5-3.5M4 13.5V16h12v-2.5' },
  library: { href: LIBRARY_PATH, icon: 'M3.5 4v12M7 4v12M10.5 4.5l3.6 11.2M3 16.5h14' },
} as const;

function NavLink({ to, current }: { to: keyof typeof NAV_LINKS; current: boolean }) {
  const { t } = useTranslation();
  const { href, icon } = NAV_LINKS[to];
  return (
    <a
      className="settings-button library-link"
      href={href}
      aria-current={current ? 'page' : undefined}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d={icon} />
      </svg>
      <span className="settings-button-label">{t(`nav.${to}`)}</span>
    </a>
  );
}

/**
 * The frame of every page: the skip link, the top bar (brand, the reading controls when a
 * text is open, the library link, settings) and the page's content.
 */
export function PageFrame({
  centre,
  tools,
  settings,
  page,
  skipTarget,
  children,
  footer,
}: {
  /** The middle of the top bar (the view picker on a text). */
  centre?: ReactNode;
  /** Top bar tools before the library link (words, shortcuts, listen). */
  tools?: ReactNode;
  settings: ReactNode;
  page: 'read' | 'library' | 'import' | 'other';
  /** The element the skip link goes to (the article on a text). */
  skipTarget?: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href={`#${skipTarget ?? MAIN_ID}`}>
        {page === 'read' ? t('app.skipToArticle') : t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <p className="brand">
            <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <rect x="2" y="4" width="9" height="16" rx="2" />
              <rect x="13" y="4" width="9" height="16" rx="2" />
            </svg>
            {t('app.name')}
          </p>
          {centre ?? <span className="topbar-centre" />}
          <div className="topbar-end">
            {tools}
            <NavLink to="import" current={page === 'import'} />
            <NavLink to="library" current={page === 'library'} />
            {settings}
          </div>
        </div>
      </header>
      <main className="page" id={MAIN_ID} tabIndex={-1}>
        {children}
      </main>
      {footer ? (
        <footer className="page-footer">
          <p>{footer}</p>
        </footer>
      ) : null}
    </>
  );
}
