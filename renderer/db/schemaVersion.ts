// The schema version alone, without Dexie or the schema's history (renderer/db/database.ts,
// which checks that the two agree): the first screen compares a database's version with it
// before reading the database itself.

/** The newest schema this build reads and writes (the last entry of SCHEMA_HISTORY). */
export const SCHEMA_VERSION = 2;

/** IndexedDB's own version number of a Dexie schema version (Dexie multiplies by ten). */
export const indexedDbVersionOf = (schemaVersion: number): number => schemaVersion * 10;

/** The registry's schema version (renderer/db/registryDatabase.ts: the list of portfolios). */
export const REGISTRY_SCHEMA_VERSION = 1;
