import { createContext, useContext } from 'react';
import type { PortfolioDatabase, PortfolioEntry } from '../db';

export interface PortfolioSession {
  /** Every portfolio on this machine (live). */
  portfolios: PortfolioEntry[];
  /** The open one. */
  entry: PortfolioEntry;
  db: PortfolioDatabase;
  switchTo: (id: string) => void;
  /** Close the open portfolio and show the first-run choices (new, sample, restore). */
  showWelcome: () => void;
}

export const PortfolioSessionContext = createContext<PortfolioSession | null>(null);

export function usePortfolioSession(): PortfolioSession {
  const session = useContext(PortfolioSessionContext);
  if (!session) throw new Error('usePortfolioSession outside an open portfolio');
  return session;
}

/** The open portfolio's database, for live queries and repository calls. */
export function useDb(): PortfolioDatabase {
  return usePortfolioSession().db;
}
