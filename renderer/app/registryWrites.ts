import type * as Registry from '../db/registry';

/**
 * The registry's writes — create, rename, delete a portfolio — loaded on first use: they bring
 * zod, the model's schemas and the repositories (db/registry.ts), which the app's start-up does
 * not need. Building those schemas took ~30 ms of the main thread on every start.
 */
const registry = () => import('../db/registry');

export const createPortfolio: typeof Registry.createPortfolio = async (...args) =>
  (await registry()).createPortfolio(...args);

export const renamePortfolio: typeof Registry.renamePortfolio = async (...args) =>
  (await registry()).renamePortfolio(...args);

export const deletePortfolio: typeof Registry.deletePortfolio = async (...args) =>
  (await registry()).deletePortfolio(...args);
