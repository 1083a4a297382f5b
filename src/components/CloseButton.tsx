import type { ButtonHTMLAttributes } from 'react';

/** The round "×" button that closes a popover, dialog or panel. */
export function CloseButton({
  label,
  small = false,
  className = '',
  ...rest
}: { label: string; small?: boolean } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className={`icon-button${small ? ' icon-button--small' : ''} ${className}`.trim()}
      aria-label={label}
      {...rest}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M5 5l10 10M15 5L5 15" />
      </svg>
    </button>
  );
}
