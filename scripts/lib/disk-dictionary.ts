/**
 * The dictionary read from disk, for the Node scripts: the same dictionary the app uses, with
 * each part served from the files instead of Vite chunks.
 */
import {
  dictionaryFromTexts,
  type Dictionary,
} from '../../src/features/words/language/dictionary/dictionary';
import { DICTIONARY_DIR, readDictionaryTexts } from './dictionary-files';

/** The dictionary in `dictionary/` (or `dir`). */
export function diskDictionary(dir = DICTIONARY_DIR): Dictionary {
  return dictionaryFromTexts(readDictionaryTexts(dir));
}
