import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../src/ui/App.tsx';
import { ServicesContext, type AppServices } from '../../../src/ui/services.ts';
import { createI18n } from '../../../src/ui/i18n/i18n.ts';
import { openStorage } from '../../../src/storage/open-storage.ts';
import { loadShippedArticle, SHIPPED_ARTICLE_TITLE } from '../../../src/content/shipped-article.ts';
import { TokenizerClient, type WorkerLike } from '../../../src/nlp/tokenizer-client.ts';

function silentWorker(): WorkerLike {
  return { postMessage: () => {}, addEventListener: () => {}, terminate: () => {} };
}
const clock = { now: () => '2026-11-29T10:00:00.000Z', newId: () => crypto.randomUUID() };

afterEach(() => {
  cleanup();
  location.hash = '';
});

async function start(language: 'en' | 'ja') {
  const storage = await openStorage(() => loadShippedArticle(clock.now()), () => {}, `route-${crypto.randomUUID()}`);
  const services: AppServices = { storage, tokenizer: new TokenizerClient(silentWorker), clock };
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
  return storage;
}

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
