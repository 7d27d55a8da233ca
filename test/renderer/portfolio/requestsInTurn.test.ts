import { afterEach, describe, expect, it } from 'vitest';
import { inTurn } from '../../../renderer/workers/idbRequests';

const DB = 'requests-in-turn';
const opened: IDBDatabase[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB);
    request.onsuccess = request.onerror = resolve;
  });
});

/** A database with one store of `n` numbered records. */
async function numbers(n: number): Promise<IDBDatabase> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('n');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  opened.push(db);
  await new Promise((resolve) => {
    const tx = db.transaction('n', 'readwrite');
    for (let i = 0; i < n; i++) tx.objectStore('n').put(i * 10, i);
    tx.oncomplete = resolve;
  });
  return db;
}

/**
 * `count` requests of one read-only transaction through `inTurn`, each recording how many of
 * them were outstanding when it was made; `afterAnswers(k, turns)` runs as answer k arrives.
 */
async function ask(
  db: IDBDatabase,
  count: number,
  afterAnswers?: (answered: number, turns: ReturnType<typeof inTurn>) => void,
) {
  const store = db.transaction('n').objectStore('n');
  const turns = inTurn('could not read');
  let outstanding = 0;
  let answered = 0;
  const outstandingWhenMade: number[] = [];
  const values = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      turns.ask(() => {
        outstanding += 1;
        outstandingWhenMade.push(outstanding);
        const request = store.get(i);
        // Added before inTurn's own handler, so it runs first: the request has its answer.
        request.addEventListener('success', () => {
          outstanding -= 1;
          answered += 1;
          afterAnswers?.(answered, turns);
        });
        return request;
      }),
    ),
  );
  return { values, outstandingWhenMade };
}

describe('requests asked in turn', () => {
  it('makes each request once the one before has been answered, and answers them all in order', async () => {
    const db = await numbers(6);
    const { values, outstandingWhenMade } = await ask(db, 6);
    expect(values).toEqual([0, 10, 20, 30, 40, 50]);
    // One at a time: never a second request while one is waiting for its answer.
    expect(outstandingWhenMade).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('asks every waiting request with the next answer once told to, in the same transaction', async () => {
    const db = await numbers(6);
    const { values, outstandingWhenMade } = await ask(db, 6, (answered, turns) => {
      if (answered === 1) turns.allAtOnce();
    });
    expect(values).toEqual([0, 10, 20, 30, 40, 50]);
    // Told during the first answer: every other request is made with it.
    expect(outstandingWhenMade).toEqual([1, 1, 2, 3, 4, 5]);
  });

  it('fails a request whose making throws, and goes on with the next', async () => {
    const db = await numbers(2);
    const store = db.transaction('n').objectStore('n');
    const turns = inTurn('could not read');
    const failing = turns.ask<unknown>(() => {
      throw new Error('no such index');
    });
    const next = turns.ask(() => store.get(1));
    await expect(failing).rejects.toThrow('no such index');
    expect(await next).toBe(10);
  });

  it('fails a request with its error: the transaction aborted while it waited for its answer', async () => {
    const db = await numbers(2);
    const tx = db.transaction('n');
    const store = tx.objectStore('n');
    const turns = inTurn('could not read');
    const first = turns.ask(() => store.get(1));
    // Made with the first answer; the abort comes before its own answer.
    const second = turns.ask(() => store.get(0));
    expect(await first).toBe(10);
    tx.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
  });
});
