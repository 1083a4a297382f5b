/**
 * A malformed link never takes the text away: `decodeURIComponent` throws on a lone `%`, and
 * that used to replace the article with the error boundary's message.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderAppSettled } from '../unit/renderApp';

describe('a malformed hash', () => {
  for (const url of ['/?view=en#s-p1-0%', '/#%', '/#%zz', '/#s-p1-0%E0%A4%A']) {
    it(`keeps the article readable at ${url}`, async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      await renderAppSettled({ url });
      expect(screen.queryByRole('heading', { name: 'Something went wrong' })).toBeNull();
      expect(screen.getByRole('article')).toBeInTheDocument();
    });
  }

  it('still follows a well-formed, percent-encoded link to a sentence', async () => {
    await renderAppSettled({ url: '/?view=en#%73-p1-0' });
    expect(document.getElementById('s-p1-0')).toHaveAttribute('data-linked');
  });
});
