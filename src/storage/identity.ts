import type { Annotator } from '../domain/claim.ts';
import type { ShuchoDatabase } from './database.ts';

/** The settings key under which the local identity's annotator id is kept. */
export const IDENTITY_KEY = 'identity';

/** Makes `annotator` the local identity (who tags and reviews here), in one transaction. */
export async function saveIdentity(db: ShuchoDatabase, annotator: Annotator): Promise<void> {
  await db.transaction('rw', db.annotators, db.settings, async () => {
    await db.annotators.put(annotator);
    await db.settings.put({ key: IDENTITY_KEY, value: annotator.id });
  });
}
