// The dictionary's index, generated at build time by scripts/lib/dictionary-index-plugin.ts.
declare module 'virtual:sanding-dictionary-index' {
  import type { DictionaryIndexData } from './dictionaryIndex';

  const data: DictionaryIndexData;
  export default data;
}
