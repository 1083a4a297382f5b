/**
 * A lazy part whose chunk was prefetched renders at once: no Suspense fallback, no wait for
 * React to reveal the boundary (which cost the word list most of its opening time).
 */
import { act, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyWithRetry } from '../../src/lib/lazyWithRetry';

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Pressed {count}
    </button>
  );
}

describe('a prefetched lazy part', () => {
  it('renders in the same commit, without its fallback', async () => {
    const Part = lazyWithRetry(async () => ({ default: Counter }), { direct: true });
    await Part.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Part />
      </Suspense>,
    );
    expect(screen.queryByText('Loading')).toBeNull();
    expect(screen.getByRole('button', { name: 'Pressed 0' })).toBeInTheDocument();
  });

  it('keeps the state of a part mounted before its chunk arrived', async () => {
    let resolve: (module: { default: typeof Counter }) => void = () => {};
    const Part = lazyWithRetry(
      () => new Promise<{ default: typeof Counter }>((done) => (resolve = done)),
      { direct: true },
    );
    const { rerender } = render(
      <Suspense fallback={<p>Loading</p>}>
        <Part />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => resolve({ default: Counter }));
    const button = await screen.findByRole('button', { name: 'Pressed 0' });
    await act(async () => button.click());
    rerender(
      <Suspense fallback={<p>Loading</p>}>
        <Part />
      </Suspense>,
    );
    expect(screen.getByRole('button', { name: 'Pressed 1' })).toBeInTheDocument();
  });
});
