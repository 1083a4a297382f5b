import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { resetFirstUseForTests } from '../../src/lib/firstUse';

// Testing Library unmounts after each test by itself (Vitest globals are on).
afterEach(() => {
  window.localStorage.clear();
  document.documentElement.removeAttribute('data-view');
  window.history.replaceState(null, '', '/');
  // Each test is a fresh page: the reader has not used it yet.
  resetFirstUseForTests();
});

// jsdom has no layout and no modal dialogs: give the two browser APIs the app calls a
// minimal stand-in (the real behaviour is covered by the Playwright suite).
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}
