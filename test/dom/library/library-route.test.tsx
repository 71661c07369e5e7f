import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { SHIPPED_ARTICLE_TITLE } from '../../../src/content/shipped-article.ts';
import { startApp } from '../support/render-app.tsx';

afterEach(() => {
  cleanup();
  location.hash = '';
});

const start = (language: 'en' | 'ja') => startApp(`route-${crypto.randomUUID()}`, language);

describe('the #/library route', () => {
  it('is reached from the header link, which then marks the current page', async () => {
    const storage = await start('en');
    const link = screen.getByRole('navigation', { name: 'Main' }).querySelector('a')!;
    expect(link.textContent).toBe('Library');
    expect(link.getAttribute('href')).toBe('#/library');
    expect(link.getAttribute('aria-current')).toBeNull();
    await act(async () => {
      location.hash = '#/library';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    expect(link.getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(screen.getByRole('link', { name: SHIPPED_ARTICLE_TITLE }).getAttribute('href')).toMatch(/^#\/article\//));
    expect(document.title).toBe('Shuchō — Library');
    if (storage.state === 'ready') storage.db.close();
  });

  it('speaks Japanese when the UI does', async () => {
    location.hash = '#/library';
    const storage = await start('ja');
    await screen.findByRole('heading', { level: 1, name: 'ライブラリ' });
    expect(screen.getByRole('navigation', { name: 'メイン' }).textContent).toBe('ライブラリ');
    expect(screen.getByRole('button', { name: '記事を追加' })).toBeTruthy();
    expect(screen.getByLabelText('記事の本文')).toBeTruthy();
    if (storage.state === 'ready') storage.db.close();
  });
});
