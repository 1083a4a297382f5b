import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Testing Library unmounts after each test by itself (Vitest globals are on).
afterEach(() => {
  window.localStorage.clear();
  document.documentElement.removeAttribute('data-view');
  window.history.replaceState(null, '', '/');
});
