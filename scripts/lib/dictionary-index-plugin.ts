/**
 * Vite plugin: `virtual:sanding-dictionary-index` is the dictionary's index (root headwords,
 * derived forms with their roots, acronym and expression keys), built from `dictionary/` when
 * the app is built or served. It becomes one small chunk, fetched with the analyzer.
 */
import type { Plugin } from 'vite';
import { buildIndexData } from '../../src/features/words/language/dictionary/dictionaryIndex.ts';
import { DICTIONARY_DIR, dictionaryFiles, readDictionaryTexts } from './dictionary-files.ts';

const ID = 'virtual:sanding-dictionary-index';
const RESOLVED = `\0${ID}`;

export function dictionaryIndexPlugin(dir = DICTIONARY_DIR): Plugin {
  return {
    name: 'sanding-dictionary-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of dictionaryFiles(dir)) this.addWatchFile(file);
      const data = buildIndexData(readDictionaryTexts(dir));
      return `export default ${JSON.stringify(data)};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
