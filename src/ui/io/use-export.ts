import { useCallback } from 'react';
import { GENERATOR } from '../../content/app-info.ts';
import { downloadText, fileSlug } from '../../io/download.ts';
import { readClaimStore } from '../../storage/claim-store.ts';
import { useServices } from '../services.ts';
import { useDatabase } from '../hooks/use-storage.ts';

export type ExportKind = 'json' | 'w3c' | 'csv';

/** Exports one article's claim set (or all, with `articleId` null) as a download. */
export function useExport() {
  const db = useDatabase();
  const { clock } = useServices();
  return useCallback(
    async (kind: ExportKind, articleId: string | null): Promise<void> => {
      if (!db) return;
      // The file formats load on first use: the article view does not need them to paint.
      const [{ buildClaimSet }, { serializeClaimSet }, { serializeW3C }, { exportCsv }, store] = await Promise.all([
        import('../../domain/format/build-claim-set.ts'),
        import('../../domain/format/serialize-claim-set.ts'),
        import('../../domain/format/w3c-export.ts'),
        import('../../domain/format/csv-export.ts'),
        readClaimStore(db),
      ]);
      const now = clock.now();
      const file = buildClaimSet(store, { exportedAt: now, generator: GENERATOR, ...(articleId ? { articleIds: [articleId] } : {}) });
      const title = articleId ? (store.articles.find((a) => a.id === articleId)?.title ?? articleId) : 'all-articles';
      const base = `${fileSlug(title)}-${now.slice(0, 10)}`;
      if (kind === 'json') downloadText(`${base}.claims.json`, serializeClaimSet(file), 'application/json');
      else if (kind === 'w3c') downloadText(`${base}.annotations.jsonld`, serializeW3C(file, { collectionId: `urn:uuid:${clock.newId()}`, label: title }), 'application/ld+json');
      else downloadText(`${base}.claims.csv`, exportCsv(file), 'text/csv');
    },
    [db, clock],
  );
}
