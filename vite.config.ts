/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { dictionaryIndexPlugin } from './scripts/lib/dictionary-index-plugin.ts';
import { bootScript } from './src/lib/boot.ts';

/**
 * Inlines the boot script into <head> in development and in the build alike, so the
 * view, theme and text size are on <html> before the first paint.
 */
function bootScriptPlugin(): Plugin {
  return {
    name: 'sanding-boot-script',
    transformIndexHtml: (html) =>
      html.replace('<!--boot-script-->', `<script>${bootScript}</script>`),
  };
}

export default defineConfig({
  plugins: [react(), bootScriptPlugin(), dictionaryIndexPlugin()],
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(
          new URL('./src/lib/useSyncExternalStoreShim.ts', import.meta.url),
        ),
      },
    ],
  },
  build: {
    target: 'es2022',
    // One stylesheet for everything (lazy features' CSS included, still far under the
    // 15 KB budget), and no preload helper: the lazy chunks are small and load on use,
    // so the entry does not carry Vite's dynamic-import preloading code.
    cssCodeSplit: false,
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/morphology/**/*.test.ts',
      'tests/listen/**/*.test.{ts,tsx}',
      'tests/words/**/*.test.{ts,tsx}',
      'tests/text/**/*.test.{ts,tsx}',
      'tests/library/**/*.test.{ts,tsx}',
      'tests/robust/**/*.test.{ts,tsx}',
      'tests/offline/**/*.test.{ts,tsx}',
      'tests/import/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    globals: true,
  },
});
