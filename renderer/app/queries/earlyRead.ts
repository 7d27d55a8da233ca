import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { PortfolioDatabase } from '../../db/database';
import { useDb } from '../PortfolioContext';

/**
 * A query of the open portfolio read once at start-up, while the app's code loads, so a page's
 * first render shows its answer rather than a loading state until its own live query has answered.
 * The answer is forgotten once a live query has answered: from then on it may be out of date.
 */
export interface EarlyRead<T> {
  query: (db: PortfolioDatabase) => Promise<T | undefined>;
  /** Reads `db`'s answer; settles (never rejects) once read. */
  read: (db: PortfolioDatabase) => Promise<void>;
  /** What `read` read for `db`, unless forgotten since. */
  value: (db: PortfolioDatabase) => T | undefined;
  forget: (db: PortfolioDatabase) => void;
}

export function earlyRead<T>(
  query: (db: PortfolioDatabase) => Promise<T | undefined>,
): EarlyRead<T> {
  const answers = new WeakMap<PortfolioDatabase, T>();
  return {
    query,
    read: async (db) => {
      const answer = await query(db).catch(() => undefined);
      if (answer !== undefined) answers.set(db, answer);
    },
    value: (db) => answers.get(db),
    forget: (db) => {
      answers.delete(db);
    },
  };
}

/**
 * The open portfolio's answer to `early.query` (live); until the live query answers, what start-up
 * read (the first render's only: forgotten once any live query has answered); undefined while
 * loading.
 */
export function useLiveQueryReadEarly<T>(early: EarlyRead<T>): T | undefined {
  const db = useDb();
  const live = useLiveQuery(() => early.query(db), [db, early]);
  useEffect(() => {
    if (live !== undefined) early.forget(db);
  }, [db, early, live]);
  return live ?? early.value(db);
}
