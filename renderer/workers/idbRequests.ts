// IndexedDB itself, for the workers that read a portfolio before (or without) loading Dexie.

/** The result of `request`, or its error (`failure` when it has none). */
export function answer<T>(request: IDBRequest<T>, failure: string): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(failure));
  });
}

/** Opens an existing database at its current version; refuses (and creates nothing) otherwise. */
export function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      // No such database: aborting its creation leaves none behind.
      request.transaction?.abort();
      reject(new Error(`There is no portfolio database ${name}.`));
    };
    request.onsuccess = () => {
      const db = request.result;
      // The app may upgrade the schema or delete the portfolio: a reader never holds it up.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error(`${name} could not be opened.`));
  });
}
