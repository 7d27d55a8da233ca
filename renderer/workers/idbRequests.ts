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

/** Makes one request of a transaction (see `inTurn`). */
export type AskInTurn = <T>(make: () => IDBRequest<T>) => Promise<T>;

/** A transaction's requests, asked one at a time until `allAtOnce` (see `inTurn`). */
export interface RequestTurns {
  ask: AskInTurn;
  /** From the next answer on, asks every request waiting, and each later one as it comes. */
  allAtOnce: () => void;
}

/**
 * Asks a transaction's requests one at a time, each once the one before has been answered. The
 * origin's IndexedDB answers requests in the order they were made, whichever database and thread
 * they come from: a worker asking for a million records at once kept the page's own small reads
 * (opening the list of portfolios, reading its settings) waiting ~300 ms behind them. Asked in
 * turn, each of the page's requests waits for one of the worker's at most. The next request is
 * made in the success handler itself, so the transaction stays active; a failure fails the
 * requests after it too. One at a time costs the reader: IndexedDB idles while the reader works
 * on what came, so `allAtOnce` lifts it once the page has nothing urgent left to read.
 */
export function inTurn(failure: string): RequestTurns {
  const waiting: (() => void)[] = [];
  let asked = 0;
  let limit = 1;
  const next = () => {
    asked -= 1;
    while (asked < limit) {
      const run = waiting.shift();
      if (!run) return;
      asked += 1;
      run();
    }
  };
  const ask = <T>(make: () => IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      const run = () => {
        let request: IDBRequest<T>;
        try {
          request = make();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(failure));
          next();
          return;
        }
        request.onsuccess = () => {
          next();
          resolve(request.result);
        };
        request.onerror = () => {
          next();
          reject(request.error ?? new Error(failure));
        };
      };
      if (asked >= limit) waiting.push(run);
      else {
        asked += 1;
        run();
      }
    });
  return {
    ask,
    // Requests may only be made while the transaction is active (in a success handler): the
    // waiting ones go with the next answer.
    allAtOnce: () => {
      limit = Infinity;
    },
  };
}
