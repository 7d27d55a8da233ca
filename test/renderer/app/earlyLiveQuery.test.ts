import { afterEach, describe, expect, it } from 'vitest';
import { EarlyLiveQuery } from '../../../renderer/app/earlyLiveQuery';
import { createPerson } from '../../../renderer/db';
import { deleteOpenedDatabases, newDatabase } from '../db/fixtures';

afterEach(async () => {
  await deleteOpenedDatabases();
});

const nextValue = <T>(query: EarlyLiveQuery<T>, accept: (value: T) => boolean) =>
  new Promise<T>((resolve) => {
    const sub = query.subscribe((value) => {
      if (!accept(value)) return;
      queueMicrotask(() => sub.unsubscribe());
      resolve(value);
    });
  });

describe('EarlyLiveQuery', () => {
  it('reads before anyone subscribes, then hands a subscriber its value at once', async () => {
    const db = await newDatabase();
    await createPerson(db, { name: 'Ada' });
    const query = new EarlyLiveQuery(() => db.people.toArray());
    expect(query.hasValue()).toBe(false);

    await query.settled;
    expect(query.hasValue()).toBe(true);
    expect(query.getValue()?.map((p) => p.name)).toEqual(['Ada']);

    const seen: string[][] = [];
    const sub = query.subscribe((people) => seen.push(people.map((p) => p.name)));
    expect(seen).toEqual([['Ada']]);
    sub.unsubscribe();
  });

  it('follows changes while subscribed, like any live query', async () => {
    const db = await newDatabase();
    const query = new EarlyLiveQuery(() => db.people.toArray());
    await query.settled;
    const later = nextValue(query, (people) => people.length === 1);
    await createPerson(db, { name: 'Grace' });
    expect((await later).map((p) => p.name)).toEqual(['Grace']);
  });

  it('passes a failed read to its subscriber', async () => {
    const query = new EarlyLiveQuery<number>(() => Promise.reject(new Error('no database')));
    await query.settled;
    const failure = await new Promise<unknown>((resolve) => {
      query.subscribe(() => undefined, resolve);
    });
    expect(failure).toEqual(new Error('no database'));
  });
});
