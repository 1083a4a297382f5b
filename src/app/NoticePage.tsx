import { useEffect, useRef, type ReactNode } from 'react';
import { SettingsMenu } from '../features/settings/SettingsMenu';
import { PageFrame } from './PageFrame';

/**
 * A page with one message (a text being opened, not found, storage unavailable). The
 * heading takes focus, so a screen reader hears where the reader has landed.
 */
export function NoticePage({
  title,
  children,
  busy = false,
}: {
  title: string;
  children?: ReactNode;
  /** While a text is being opened: a quiet status, not a heading. */
  busy?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!busy) heading.current?.focus();
  }, [busy]);
  return (
    <PageFrame page="other" settings={<SettingsMenu />}>
      <section className="notice-page" aria-labelledby={busy ? undefined : 'notice-title'}>
        {busy ? (
          <p className="notice-busy" role="status">
            {title}
          </p>
        ) : (
          <>
            <h1 id="notice-title" ref={heading} tabIndex={-1}>
              {title}
            </h1>
            {children}
          </>
        )}
      </section>
    </PageFrame>
  );
}
