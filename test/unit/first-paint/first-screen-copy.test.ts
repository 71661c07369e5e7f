import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIRST_SCREEN_COPIES,
  FIRST_SCREEN_COPY_CHARACTERS,
  FIRST_SCREEN_COPY_LIMIT,
  firstScreenCopyOf,
  firstScreenText,
  forgetFirstScreen,
  isCopyOf,
  keepFirstScreen,
  readFirstScreen,
  type CopiedFields,
  type KeyValueStorage,
} from '../../../src/storage/first-screen-copy.ts';
import { firstPaintBudget } from '../../../src/first-paint/paint-article.ts';

/** An in-memory Web Storage, in insertion order like the real one's keys. */
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  /** Throws on setItem once this many characters are stored, like a full quota. */
  constructor(private readonly quota = Infinity) {}
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.items].reduce((sum, [k, v]) => (k === key ? sum : sum + k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

function article(id: string, text = `${id}: 本日、株価が下落しています。\n二行目`, extra: Partial<CopiedFields> = {}): CopiedFields {
  return { id, title: `Title of ${id}`, lang: 'ja', text, contentHash: `hash-${id}`, ...extra };
}

describe('firstScreenText', () => {
  it('keeps whole paragraphs up to the one running past the budget', () => {
    const paragraph = 'あ'.repeat(999);
    const text = Array.from({ length: 40 }, (_, i) => `${i % 10}${paragraph}`).join('\n');
    const copied = firstScreenText(text);
    expect(text.startsWith(copied)).toBe(true);
    expect(copied.length).toBeGreaterThanOrEqual(FIRST_SCREEN_COPY_CHARACTERS);
    expect(text[copied.length]).toBe('\n');
    // It ends with the paragraph that runs past the budget, not a later one.
    expect(copied.lastIndexOf('\n')).toBeLessThan(FIRST_SCREEN_COPY_CHARACTERS);
  });

  it('keeps a short text whole', () => {
    expect(firstScreenText('一行\n二行')).toBe('一行\n二行');
  });

  it('cuts a text without line breaks at the limit, never inside a surrogate pair', () => {
    const emoji = '𠮷'.repeat(20_000);
    const copied = firstScreenText(emoji);
    expect(copied.length).toBeLessThanOrEqual(FIRST_SCREEN_COPY_LIMIT);
    expect(copied.length).toBeGreaterThan(FIRST_SCREEN_COPY_LIMIT - 2);
    expect(copied.length % 2).toBe(0);
    expect(copied).toBe('𠮷'.repeat(copied.length / 2));
  });

  it('is a prefix that never ends in half a surrogate pair (property)', () => {
    const unit = fc.constantFrom('a', '株', '𠮷', '👩‍👩‍👧', 'か\u3099', '１', '\n', '\r\n');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12_000 }), (parts) => {
        const text = parts.join('');
        const copied = firstScreenText(text);
        expect(text.startsWith(copied)).toBe(true);
        expect(copied.length).toBeLessThanOrEqual(FIRST_SCREEN_COPY_LIMIT);
        const last = copied.charCodeAt(copied.length - 1);
        if (copied.length < text.length) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('covers everything the first paint draws in the largest window', () => {
    expect(firstPaintBudget(100_000, 100_000)).toBeLessThanOrEqual(FIRST_SCREEN_COPY_CHARACTERS);
  });
});

describe('isCopyOf', () => {
  it('holds for the copy of the same article, and fails when title, language, image or text differ', () => {
    const original = article('a', 'x'.repeat(30_000), { headerImage: 'https://example.com/a.jpg' });
    const copy = firstScreenCopyOf(original);
    expect(isCopyOf(copy, original)).toBe(true);
    expect(isCopyOf(copy, { ...original, title: 'Renamed' })).toBe(false);
    expect(isCopyOf(copy, { ...original, lang: 'en' })).toBe(false);
    expect(isCopyOf(copy, { ...original, headerImage: undefined })).toBe(false);
    expect(isCopyOf(copy, { ...original, text: `y${original.text}` })).toBe(false);
    expect(isCopyOf(copy, { ...original, id: 'b' })).toBe(false);
  });
});

describe('keepFirstScreen, readFirstScreen, forgetFirstScreen', () => {
  it('reads back what was kept, and nothing once forgotten', () => {
    const storage = new MemoryStorage();
    const mine = article('mine', 'Line <b>one</b>\nLine two', { lang: 'en' });
    keepFirstScreen(storage, mine);
    expect(readFirstScreen(storage, 'mine')).toEqual(firstScreenCopyOf(mine));
    expect(readFirstScreen(storage, 'other')).toBeNull();
    forgetFirstScreen(storage, 'mine');
    expect(readFirstScreen(storage, 'mine')).toBeNull();
    expect([...storage.items.keys()].filter((key) => key.includes('mine'))).toEqual([]);
  });

  it(`keeps only the ${FIRST_SCREEN_COPIES} most recently kept articles`, () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < FIRST_SCREEN_COPIES + 3; i++) keepFirstScreen(storage, article(`a${i}`));
    // Shown again, a3 becomes the most recent: a4, now the least recent, goes when a new one comes.
    keepFirstScreen(storage, article('a3'));
    keepFirstScreen(storage, article('new'));
    const kept = Array.from({ length: FIRST_SCREEN_COPIES + 3 }, (_, i) => `a${i}`).filter((id) => readFirstScreen(storage, id));
    expect(kept).toEqual(['a3', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10', 'a11', 'a12']);
    expect(readFirstScreen(storage, 'new')).not.toBeNull();
    expect([...storage.items.keys()].filter((key) => key.startsWith('shucho:first-screen:'))).toHaveLength(FIRST_SCREEN_COPIES);
  });

  it('removes copies the order list does not name (two tabs writing at once)', () => {
    const storage = new MemoryStorage();
    storage.setItem('shucho:first-screen:orphan', JSON.stringify(firstScreenCopyOf(article('orphan'))));
    storage.setItem('unrelated', 'kept');
    keepFirstScreen(storage, article('mine'));
    expect(readFirstScreen(storage, 'orphan')).toBeNull();
    expect(storage.getItem('unrelated')).toBe('kept');
  });

  it('refreshes a copy whose article changed', () => {
    const storage = new MemoryStorage();
    keepFirstScreen(storage, article('mine'));
    keepFirstScreen(storage, article('mine', undefined, { title: 'Renamed' }));
    expect(readFirstScreen(storage, 'mine')?.title).toBe('Renamed');
  });

  it('ignores values that are not a copy of that article', () => {
    const storage = new MemoryStorage();
    storage.setItem('shucho:first-screen:a', '{not json');
    storage.setItem('shucho:first-screen:b', JSON.stringify(firstScreenCopyOf(article('c'))));
    storage.setItem('shucho:first-screen:d', JSON.stringify({ ...firstScreenCopyOf(article('d')), lang: 'fr' }));
    storage.setItem('shucho:first-screen:e', JSON.stringify({ ...firstScreenCopyOf(article('e')), text: 42 }));
    for (const id of ['a', 'b', 'd', 'e']) expect(readFirstScreen(storage, id)).toBeNull();
  });

  it('never throws: no storage, storage that throws, a full quota', () => {
    const mine = article('mine');
    expect(() => keepFirstScreen(null, mine)).not.toThrow();
    expect(readFirstScreen(null, 'mine')).toBeNull();
    expect(() => forgetFirstScreen(null, 'mine')).not.toThrow();

    const broken: KeyValueStorage = {
      length: 0,
      key: () => null,
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(() => keepFirstScreen(broken, mine)).not.toThrow();
    expect(readFirstScreen(broken, 'mine')).toBeNull();
    expect(() => forgetFirstScreen(broken, 'mine')).not.toThrow();

    const full = new MemoryStorage(1_000);
    keepFirstScreen(full, article('big', 'あ'.repeat(5_000)));
    expect(readFirstScreen(full, 'big')).toBeNull();
    keepFirstScreen(full, mine);
    expect(readFirstScreen(full, 'mine')).not.toBeNull();
  });
});
