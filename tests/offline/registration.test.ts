/**
 * The service worker's registration: an update is announced only once a new worker has
 * installed while an older one controls the page, and takes over only on the reader's word.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../src/features/offline/serviceWorker';
import { getUpdateState, resetUpdateStateForTests } from '../../src/features/offline/updateStore';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
}

function fakeBrowser({ controlled, waiting }: { controlled: boolean; waiting?: FakeWorker }) {
  const registration = new FakeRegistration();
  registration.waiting = waiting ?? null;
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? new FakeWorker() : null,
    register: vi.fn(async () => registration),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  const reload = vi.fn();
  vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
  return { registration, container, reload };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  resetUpdateStateForTests();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('registering the service worker', () => {
  it('says nothing on a first visit, when the first worker installs', async () => {
    const { registration, container } = fakeBrowser({ controlled: false });
    registerServiceWorker();
    await settle();
    expect(container.register).toHaveBeenCalledWith('/sw.js');
    const worker = new FakeWorker();
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
    worker.become('installed');
    expect(getUpdateState().ready).toBe(false);
  });

  it('announces a new version once it has installed, and switches only when asked', async () => {
    const { registration, container, reload } = fakeBrowser({ controlled: true });
    registerServiceWorker();
    await settle();
    const worker = new FakeWorker();
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
    expect(getUpdateState().ready).toBe(false);
    worker.become('installed');
    expect(getUpdateState().ready).toBe(true);
    expect(worker.postMessage).not.toHaveBeenCalled();

    await getUpdateState().apply?.();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('announces a version that was already waiting from an earlier visit', async () => {
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    fakeBrowser({ controlled: true, waiting });
    registerServiceWorker();
    await settle();
    expect(getUpdateState().ready).toBe(true);
  });
});
