/**
 * The name of the IndexedDB database. Tests may open others. A file of its
 * own so that the boot script can read the database without loading Dexie.
 */
export const DATABASE_NAME = 'shucho';
