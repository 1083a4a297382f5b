/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
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
  plugins: [react(), bootScriptPlugin()],
  // Module preloading is native in every browser this targets: no polyfill in the entry.
  build: { target: 'es2022', modulePreload: { polyfill: false } },
  test: {
    environment: 'jsdom',
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/morphology/**/*.test.ts',
      'tests/listen/**/*.test.{ts,tsx}',
      'tests/words/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    globals: true,
  },
});
