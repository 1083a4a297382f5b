/**
 * One path to the DOM for every text: the built-in article's sides are i18next resources of
 * the `article` namespace, and a stored text is added as a resource bundle of its own
 * namespace when it is opened. The reader reads either the same way, from here.
 */
import type { i18n as I18n } from 'i18next';
import { BUILTIN_TEXTS } from './builtin';
import { pairBlocks, readBlocks } from './pairing';
import { TEXT_SIDES, type PairedText, type Text } from './types';

/** The i18next namespace that holds a text. */
export function textNamespace(id: string): string {
  return BUILTIN_TEXTS.find((text) => text.id === id)?.namespace ?? `text-${id}`;
}

/** Adds a stored text to i18next (idempotent; a changed text replaces its bundle). */
export function addTextBundle(i18n: I18n, text: Text): string {
  const ns = textNamespace(text.id);
  i18n.addResourceBundle(
    TEXT_SIDES.original,
    ns,
    { title: text.title, blocks: text.original.blocks },
    false,
    true,
  );
  if (text.translation) {
    i18n.addResourceBundle(
      TEXT_SIDES.translation,
      ns,
      { title: text.translatedTitle ?? '', blocks: text.translation.blocks },
      false,
      true,
    );
  } else if (i18n.hasResourceBundle(TEXT_SIDES.translation, ns)) {
    i18n.removeResourceBundle(TEXT_SIDES.translation, ns);
  }
  return ns;
}

/** Whether i18next holds the text `id` (always true for a built-in one). */
export function hasTextBundle(i18n: I18n, id: string): boolean {
  return i18n.getResource(TEXT_SIDES.original, textNamespace(id), 'blocks') !== undefined;
}

function headlineOf(blocks: ReturnType<typeof readBlocks>): string {
  return blocks.find((block) => block.kind === 'headline')?.segments.join(' ') ?? '';
}

/** The text `id` as i18next holds it: both sides read and paired. */
export function textFromI18n(i18n: I18n, id: string): Text {
  const ns = textNamespace(id);
  const get = (lng: string, key: string): unknown => i18n.getResource(lng, ns, key);
  const original = readBlocks(get(TEXT_SIDES.original, 'blocks'));
  const rawTranslation = get(TEXT_SIDES.translation, 'blocks');
  const translation = rawTranslation === undefined ? undefined : readBlocks(rawTranslation);
  const title = get(TEXT_SIDES.original, 'title');
  const translatedTitle = get(TEXT_SIDES.translation, 'title');
  const text: Text = {
    id,
    title: typeof title === 'string' && title ? title : headlineOf(original),
    original: { lang: TEXT_SIDES.original, blocks: original },
  };
  if (translation) {
    text.translation = { lang: TEXT_SIDES.translation, blocks: translation };
    const other =
      typeof translatedTitle === 'string' && translatedTitle
        ? translatedTitle
        : headlineOf(translation);
    if (other) text.translatedTitle = other;
  }
  return text;
}

/** A text paired for reading. */
export function pairText(text: Text): PairedText {
  const paired: PairedText = {
    id: text.id,
    title: text.title,
    blocks: pairBlocks(text.original.blocks, text.translation ? text.translation.blocks : null),
    hasTranslation: text.translation !== undefined,
  };
  if (text.translatedTitle) paired.translatedTitle = text.translatedTitle;
  return paired;
}
