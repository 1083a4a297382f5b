/**
 * The read-aloud player, docked at the bottom of the viewport. Loaded on first use (with
 * the engine, the `listen` strings and listen.css) by `ListenLauncher`; never prerendered.
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '../../components/SegmentedControl';
import { usePreferences } from '../../lib/preferences';
import { useText } from '../../lib/text/TextContext';
import { useCursorState, useReadingCursor } from '../../lib/readingCursor';
import { shouldIgnoreShortcut } from '../../lib/shortcuts';
import { addListenStrings } from './listenStrings';
import type { PlayMode, PlayerErrorKey, PlayerState, SpeechLang } from './player';
import { PLAY_MODES, RATE_STEPS, listenPrefsWriter, readListenPrefs } from './prefs';
import { startingSentence, useFollowVoice } from './follow';
import { buildSpeechSegments } from './segments';
import { createListenSession, createSessionHolder } from './session';
import './listen.css';

/** Props of {@link ListenPanel}. */
export interface ListenPanelProps {
  /** The panel's element id (the launcher points `aria-controls` at it). */
  id: string;
  /** Start reading as soon as the panel is ready. */
  autoPlay: boolean;
  /** Move focus to the play button once ready (opened by a click, not by the `p` key). */
  focusOnOpen: boolean;
  /** Called when the reader closes the panel (close button or Escape); reading stops. */
  onClose: () => void;
}

const ERROR_KEYS = {
  'listen.error.unsupported': 'error.unsupported',
  'listen.error.noVoice': 'error.noVoice',
  'listen.error.speechFailed': 'error.speechFailed',
  'listen.error.tooManyErrors': 'error.tooManyErrors',
  'listen.error.notAllowed': 'error.notAllowed',
} as const satisfies Record<PlayerErrorKey, string>;

const MODE_LANGS: Readonly<Record<PlayMode, readonly SpeechLang[]>> = {
  id: ['id'],
  en: ['en'],
  'id-en': ['id', 'en'],
};

const LANGS: readonly SpeechLang[] = ['id', 'en'];

const HOW_TO = ['windows', 'mac', 'linux', 'chrome', 'android', 'ios'] as const;

function Icon({ children, filled = false }: { children: ReactNode; filled?: boolean }) {
  return (
    <svg
      className={filled ? 'listen-icon listen-icon--filled' : 'listen-icon'}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** The dock's height, published as `--listen-dock-height` for listen.css (body padding). */
function usePublishedHeight(ref: RefObject<HTMLElement | null>, ready: boolean) {
  useEffect(() => {
    const element = ref.current;
    const root = document.documentElement;
    if (!element || !ready) return;
    const publish = () =>
      root.style.setProperty('--listen-dock-height', `${Math.ceil(element.offsetHeight)}px`);
    publish();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(publish) : null;
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--listen-dock-height');
    };
  }, [ref, ready]);
}

/**
 * The player: play/pause, previous/next sentence, repeat, and in its options the languages,
 * the speed and a voice per language. Says plainly when a voice is missing and how to add
 * one. Closing it stops reading.
 */
export default function ListenPanel({ id, autoPlay, focusOnOpen, onClose }: ListenPanelProps) {
  const { i18n } = useTranslation();
  // Before the first `t` of this namespace: the launcher only registered its own label.
  addListenStrings(i18n);
  const { t } = useTranslation('listen');
  const cursor = useReadingCursor();
  const cursorState = useCursorState();
  const { blocks } = useText();
  const [segments] = useState(() => buildSpeechSegments(blocks));
  const [holder] = useState(() =>
    createSessionHolder(() => {
      const prefs = readListenPrefs();
      return createListenSession({
        segments,
        cursor,
        win: window,
        root: document.documentElement,
        prefs,
        savePrefs: listenPrefsWriter(prefs),
        startAt: (picked) =>
          startingSentence(
            segments.map((segment) => segment.id),
            picked,
          ) ?? picked,
      });
    }),
  );
  const state = useSyncExternalStore(holder.subscribe, holder.getState, holder.getState);
  const [showOptions, setShowOptions] = useState(
    () => window.matchMedia?.('(min-width: 48rem)').matches ?? false,
  );
  const dockRef = useRef<HTMLElement>(null);
  const playRef = useRef<HTMLButtonElement>(null);
  const optionsId = useId();
  const modeName = useId();
  const ready = state !== null;
  const [{ study }] = usePreferences();
  const hidden = hiddenLanguage(study);
  const { following, follow } = useFollowVoice(cursor, state !== null && state.status !== 'idle');

  // What the study mode hides is not read aloud (the panel says so).
  useEffect(() => {
    if (ready) holder.current()?.player.setHidden(hidden);
  }, [ready, holder, hidden]);

  useEffect(() => {
    const detach = holder.attach();
    if (autoPlay) holder.current()?.toggle();
    return detach;
  }, [holder, autoPlay]);

  useEffect(() => {
    if (ready && focusOnOpen) playRef.current?.focus();
  }, [ready, focusOnOpen]);

  usePublishedHeight(dockRef, ready);

  // `p` plays and pauses from anywhere; Escape inside the player closes it.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key === 'Escape' &&
        event.target instanceof Node &&
        dockRef.current?.contains(event.target)
      ) {
        event.preventDefault();
        onClose();
        return;
      }
      if (event.key !== 'p' || shouldIgnoreShortcut(event)) return;
      event.preventDefault();
      holder.current()?.toggle();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [holder, onClose]);

  if (!state) return null;
  const player = () => holder.current()?.player;
  const playing = state.status === 'playing';
  const idle = state.status === 'idle';
  const position = idle
    ? segments.findIndex((segment) => segment.id === cursorState.segmentId)
    : state.segmentIndex;
  const showNotice = state.voicesReady && state.missingVoices.length > 0;
  const progress =
    state.segmentCount > 0 && position >= 0 ? (position + 1) / state.segmentCount : 0;

  return createPortal(
    <section ref={dockRef} id={id} className="listen-dock" aria-label={t('panel.label')}>
      <div className="listen-progress" aria-hidden="true">
        <div className="listen-progress-bar" style={{ transform: `scaleX(${progress})` }} />
      </div>
      <div className="listen-inner">
        <div className="listen-main">
          <div className="listen-transport">
            <button
              type="button"
              className="listen-button"
              aria-label={t('panel.previous')}
              onClick={() => player()?.previous()}
              disabled={idle}
            >
              <Icon>
                <path d="M5 4.5v11" />
                <path className="listen-icon-fill" d="M15.5 4.8v10.4L7.7 10z" />
              </Icon>
            </button>
            <button
              ref={playRef}
              type="button"
              className="listen-button listen-play"
              aria-label={playing ? t('panel.pause') : t('panel.play')}
              aria-keyshortcuts="p"
              onClick={() => holder.current()?.toggle()}
            >
              {playing ? (
                <Icon filled>
                  <rect x="5" y="4" width="3.6" height="12" rx="1" />
                  <rect x="11.4" y="4" width="3.6" height="12" rx="1" />
                </Icon>
              ) : (
                <Icon filled>
                  <path d="M6.5 4.2v11.6a.6.6 0 0 0 .9.5l9-5.8a.6.6 0 0 0 0-1l-9-5.8a.6.6 0 0 0-.9.5z" />
                </Icon>
              )}
            </button>
            <button
              type="button"
              className="listen-button"
              aria-label={t('panel.next')}
              onClick={() => player()?.next()}
              disabled={idle}
            >
              <Icon>
                <path d="M15 4.5v11" />
                <path className="listen-icon-fill" d="M4.5 4.8v10.4l7.8-5.2z" />
              </Icon>
            </button>
            <button
              type="button"
              className="listen-button listen-repeat"
              aria-label={t('panel.repeat')}
              aria-pressed={state.loop}
              onClick={() => player()?.setLoop(!state.loop)}
            >
              <Icon>
                <path d="M3.5 9.5v-1a3 3 0 0 1 3-3h10M14 3l2.5 2.5L14 8" />
                <path d="M16.5 10.5v1a3 3 0 0 1-3 3h-10M6 17l-2.5-2.5L6 12" />
              </Icon>
            </button>
          </div>

          <p className="listen-status" aria-live="polite">
            {statusText(state, position, holder.current()?.isFinished() ?? false, t)}
          </p>
          {!idle && !following ? (
            <button type="button" className="chip-button listen-follow" onClick={follow}>
              {t('panel.follow')}
            </button>
          ) : null}

          <div className="listen-end">
            <button
              type="button"
              className="listen-options-toggle"
              aria-expanded={showOptions}
              aria-controls={optionsId}
              onClick={() => setShowOptions((open) => !open)}
            >
              <span>{t('panel.options')}</span>
              <Icon>
                <path d="M6 8l4 4 4-4" />
              </Icon>
            </button>
            <button
              type="button"
              className="listen-button"
              aria-label={t('panel.close')}
              onClick={onClose}
            >
              <Icon>
                <path d="M5 5l10 10M15 5L5 15" />
              </Icon>
            </button>
          </div>
        </div>

        {/* Always in the page, so that assistive technology announces what appears in it. The
            missing-voice notice below says the same as the no-voice error, in more detail: the
            error is then only announced, not shown twice. */}
        <p
          className={
            showNotice && state.error?.key === 'listen.error.noVoice'
              ? 'listen-alert visually-hidden'
              : 'listen-alert'
          }
          role="alert"
        >
          {state.error ? t(ERROR_KEYS[state.error.key]) : null}
        </p>

        {hidden ? <p className="listen-study-note">{t(`panel.studyHides.${hidden}`)}</p> : null}
        {showNotice ? (
          <MissingVoices state={state} onMode={(mode) => player()?.setMode(mode)} />
        ) : null}

        <div id={optionsId} className="listen-options" hidden={!showOptions}>
          <fieldset className="listen-field listen-modes">
            <legend className="listen-label">{t('panel.mode')}</legend>
            <SegmentedControl
              name={modeName}
              options={PLAY_MODES}
              value={state.mode}
              onChange={(mode) => player()?.setMode(mode)}
              renderLabel={(mode) => t(`mode.${mode}`)}
              size="small"
              className="listen-segmented"
            />
          </fieldset>

          <label className="listen-field">
            <span className="listen-label">{t('panel.speed')}</span>
            <select
              className="listen-select listen-select--speed"
              value={String(state.rate)}
              onChange={(event: ChangeEvent<HTMLSelectElement>) =>
                player()?.setRate(Number(event.target.value))
              }
            >
              {RATE_STEPS.map((rate) => (
                <option key={rate} value={String(rate)}>
                  {t('panel.speedValue', { rate })}
                </option>
              ))}
            </select>
          </label>

          {LANGS.map((lang) => {
            const voices = state.availableVoices[lang];
            const auto = state.voices[lang];
            return (
              <label key={lang} className="listen-field">
                <span className="listen-label">{t(`voice.${lang}`)}</span>
                <select
                  className="listen-select"
                  value={voices.length > 0 ? (state.voicePrefs[lang] ?? '') : ''}
                  disabled={voices.length === 0}
                  onChange={(event: ChangeEvent<HTMLSelectElement>) =>
                    player()?.setVoice(lang, event.target.value || null)
                  }
                >
                  {voices.length === 0 ? (
                    <option value="">{t('panel.voiceNone')}</option>
                  ) : (
                    <>
                      <option value="">
                        {auto && state.voicePrefs[lang] === null
                          ? t('panel.voiceAutoNamed', { name: auto.name })
                          : t('panel.voiceAuto')}
                      </option>
                      {voices.map((voice) => (
                        <option key={voice.voiceURI} value={voice.voiceURI}>
                          {voice.localService
                            ? voice.name
                            : t('panel.voiceOnline', { name: voice.name })}
                        </option>
                      ))}
                    </>
                  )}
                </select>
              </label>
            );
          })}
        </div>
      </div>
    </section>,
    document.body,
  );
}

/** The language a study mode blurs: listening does not give it away. */
function hiddenLanguage(study: string): SpeechLang | null {
  if (study === 'hide-translation') return 'en';
  if (study === 'hide-original') return 'id';
  return null;
}

/** What the status line (a polite live region) says. */
function statusText(
  state: PlayerState,
  position: number,
  finished: boolean,
  t: TFunction<'listen'>,
): string {
  const count = state.segmentCount;
  if (state.status === 'playing' && !state.voicesReady) return t('status.loading');
  if (state.status === 'playing' && state.lang !== null) {
    return t('status.playing', {
      index: state.segmentIndex + 1,
      count,
      language: t(`language.${state.lang}`),
    });
  }
  if (state.status === 'paused') return t('status.paused', { index: position + 1, count });
  if (finished) return t('status.finished');
  if (position >= 0) return t('status.readyFrom', { index: position + 1, count });
  return t('status.ready');
}

/** The missing-voice notice: what is missing, what it means now, what to do. */
function MissingVoices({
  state,
  onMode,
}: {
  state: PlayerState;
  onMode: (mode: PlayMode) => void;
}) {
  const { t } = useTranslation('listen');
  const missing = state.missingVoices;
  const both = missing.length > 1;
  const lang = missing[0] ?? 'id';
  const other: SpeechLang = lang === 'id' ? 'en' : 'id';
  const needed = MODE_LANGS[state.mode].includes(lang);
  let detail: string;
  if (both) detail = t('missing.none');
  else if (!needed) detail = t('missing.notNeeded');
  else if (state.mode === 'id-en') detail = t(`missing.skipped.${lang}`);
  else detail = t('missing.silent');

  return (
    <div className="listen-notice" data-needed={both || needed}>
      <p className="listen-notice-title">
        {both ? t('missing.title.both') : t(`missing.title.${lang}`)}
      </p>
      <p className="listen-notice-text">
        {detail}
        {!both && needed ? (
          <>
            {' '}
            <button type="button" className="chip-button" onClick={() => onMode(other)}>
              {t(`missing.switchTo.${other}`)}
            </button>
          </>
        ) : null}
      </p>
      <details className="listen-howto">
        <summary>{t('missing.howTitle')}</summary>
        <ul>
          {HOW_TO.map((key) => (
            <li key={key}>{t(`missing.how.${key}`)}</li>
          ))}
        </ul>
        <p>{t('missing.after')}</p>
      </details>
    </div>
  );
}
