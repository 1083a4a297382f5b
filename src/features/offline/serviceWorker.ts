/**
 * Registers the service worker that keeps Sanding readable offline (`dist/sw.js`, generated
 * by Workbox at build time: scripts/build-sw.ts). Loaded once the page is idle, so it never
 * competes with the first paint. A new version waits until the reader says "Reload": it
 * never replaces the running page on its own.
 */
import { Workbox } from 'workbox-window';
import { announceUpdate } from './updateStore';

/** Where the build writes the service worker (the site's root, so it controls every page). */
export const SERVICE_WORKER_URL = '/sw.js';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox(SERVICE_WORKER_URL);
  workbox.addEventListener('waiting', () => {
    announceUpdate(() => {
      // Once the new worker controls the page, reload into it.
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  // A failed registration (private mode, a blocked script) leaves the app as it is: online.
  workbox.register().catch(() => undefined);
}
