import type { Article } from '../domain/article.ts';
import { DATABASE_NAME, ShuchoDatabase } from './database.ts';
import { ensureSeeded } from './seed.ts';

export type OpenedStorage = { state: 'ready'; db: ShuchoDatabase } | { state: 'unavailable'; error: string };

/**
 * Opens the database and seeds the shipped article. Never throws: when
 * IndexedDB is missing, blocked or broken the result says why, and the app
 * shows the shipped article read-only. `onVersionChange` is called when
 * another tab upgrades the database: this connection is then closed at once
 * so that the upgrade is not blocked, and the user is asked to reload.
 */
export async function openStorage(
  shipped: () => Promise<Article>,
  onVersionChange: () => void,
  name: string = DATABASE_NAME,
  createDatabase: (name: string) => ShuchoDatabase = (dbName) => new ShuchoDatabase(dbName),
): Promise<OpenedStorage> {
  try {
    const db = createDatabase(name);
    db.on('versionchange', () => {
      db.close();
      onVersionChange();
      return false;
    });
    await db.open();
    await ensureSeeded(db, await shipped());
    return { state: 'ready', db };
  } catch (error) {
    return { state: 'unavailable', error: describeError(error) };
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
