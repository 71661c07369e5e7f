import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Article } from '../../src/domain/article.ts';
import type { TokenTable } from '../../src/domain/token.ts';
import { TokenizerClient } from '../../src/nlp/tokenizer-client.ts';
import type { Suggester } from '../../src/suggest/suggester.ts';
import type { SuggestResult } from '../../src/suggest/suggestion-protocol.ts';
import { SuggestionPanel } from '../../src/ui/components/SuggestionPanel.tsx';
import { useSuggestions } from '../../src/ui/hooks/use-suggestions.ts';
import { createI18n } from '../../src/ui/i18n/i18n.ts';
import { ServicesContext, type AppServices } from '../../src/ui/services.ts';
import { clock, silentWorker } from './support/render-app.tsx';

afterEach(() => cleanup());

const article: Article = { id: 'a', title: 'A', lang: 'ja', text: '株価は下落するでしょう。', contentHash: 'h', addedAt: clock.now() };
const table: TokenTable = { count: 1, start: new Uint32Array([0]), end: new Uint32Array([12]), pos: new Uint32Array([0]), posDetail: new Uint32Array([0]), baseForm: new Uint32Array([0]), reading: new Uint32Array([0]), conjugation: new Uint32Array([0]), strings: ['*'] };
const suggestion = { id: 'cue:r@0-12', ruleId: 'r', label: 'speculation' as const, start: 0, end: 12, cue: 'でしょう', cueStart: 7, cueEnd: 11, explanation: { ja: '推測', en: 'a guess' } };

function Harness() {
  const { suggestions, error } = useSuggestions(article, table, [], true);
  return <SuggestionPanel suggestions={suggestions} error={error} focusedId={null} readOnly={false} onFocus={() => {}} onAccept={() => {}} onDismiss={() => {}} onAcceptAll={() => {}} />;
}

async function renderWith(suggester: Suggester) {
  const services: AppServices = { storage: { state: 'opening' }, tokenizer: new TokenizerClient(silentWorker), suggester, clock };
  render(
    <I18nextProvider i18n={await createI18n('en')}>
      <ServicesContext.Provider value={services}>
        <Harness />
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
}

describe('useSuggestions', () => {
  it("asks the services' suggester once the tokens are painted, and lists what it answers", async () => {
    const asked: string[] = [];
    await renderWith({
      async suggest(text, lang) {
        asked.push(`${lang}:${text}`);
        return { ok: true, suggestions: [suggestion], ms: 1 } satisfies SuggestResult;
      },
    });
    await screen.findByText('Suggestions (1)');
    expect(asked).toEqual([`ja:${article.text}`]);
  });

  it('says so when the engine failed, instead of "no suggestions"', async () => {
    await renderWith({ suggest: async () => ({ ok: false, error: 'The suggestions worker stopped: out of memory' }) });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Suggestions could not be made: The suggestions worker stopped: out of memory'));
    expect(screen.queryByText('No open suggestions.')).toBeNull();
  });
});
