/**
 * Registers the service worker that keeps Sanding readable offline (`dist/sw.js`, generated
 * by Workbox at build time: scripts/build-sw.ts). Loaded once the page is idle, so it never
 * competes with the first paint. A new version waits until the reader says "Reload": it
 * never replaces the running page on its own.
 *
 * The browser's own registration API is all this needs (a few lines, where a helper library
 * would add kilobytes to every first visit): a worker that finished installing while an
 * older one controls the page is a waiting update; Workbox's worker takes over when sent
 * `SKIP_WAITING`, and the page reloads once it controls it.
 */
import { announceUpdate } from './updateStore';

/** Where the build writes the service worker (the site's root, so it controls every page). */
export const SERVICE_WORKER_URL = '/sw.js';

function announce(worker: ServiceWorker, container: ServiceWorkerContainer): void {
  announceUpdate(() => {
    container.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
}

/** Announces `worker` once it has installed, if it is an update (an older worker controls). */
function watch(worker: ServiceWorker, container: ServiceWorkerContainer): void {
  const check = () => {
    if (worker.state === 'installed' && container.controller) announce(worker, container);
  };
  worker.addEventListener('statechange', check);
  check();
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  container
    .register(SERVICE_WORKER_URL)
    .then((registration) => {
      // A version that installed on an earlier visit and still waits.
      if (registration.waiting && container.controller) {
        announce(registration.waiting, container);
      }
      registration.addEventListener('updatefound', () => {
        if (registration.installing) watch(registration.installing, container);
      });
    })
    // A failed registration (private mode, a blocked script) leaves the app as it is: online.
    .catch(() => undefined);
}
