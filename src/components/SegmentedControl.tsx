/**
 * A segmented control: native radios dressed as one pill row (arrow keys and the radio
 * role come with them). Used by the view picker, the settings and the listen player.
 */
import type { ReactNode } from 'react';

/** Props of {@link SegmentedControl}. */
export interface SegmentedControlProps<T extends string> {
  /** The radios' group name (unique in the page). */
  name: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  /** The visible label of an option. */
  renderLabel: (option: T) => ReactNode;
  /** Names the group itself (when no fieldset legend around it does). */
  ariaLabel?: string;
  /** The language of an option's label, when it is not the page's (language names). */
  optionLang?: (option: T) => string | undefined;
  size?: 'normal' | 'small';
  /** Options may wrap onto more rows (long labels in a narrow panel). */
  wrap?: boolean;
  /**
   * Whether the selected look follows `value` (`data-checked`). The view picker turns it
   * off: its look comes from `<html data-view>`, right even before hydration.
   */
  markChecked?: boolean;
  className?: string;
}

/** See {@link SegmentedControlProps}. */
export function SegmentedControl<T extends string>({
  name,
  options,
  value,
  onChange,
  renderLabel,
  ariaLabel,
  optionLang,
  size = 'normal',
  wrap = false,
  markChecked = true,
  className,
}: SegmentedControlProps<T>) {
  const classes = ['segmented'];
  if (size === 'small') classes.push('segmented--small');
  if (wrap) classes.push('segmented--wrap');
  if (className) classes.push(className);
  return (
    <div
      role={ariaLabel ? 'radiogroup' : undefined}
      aria-label={ariaLabel}
      className={classes.join(' ')}
    >
      {options.map((option) => (
        <label
          key={option}
          className="segmented-option"
          data-value={option}
          data-checked={markChecked ? value === option : undefined}
          lang={optionLang?.(option)}
        >
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span>{renderLabel(option)}</span>
        </label>
      ))}
    </div>
  );
}
