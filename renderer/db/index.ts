export {
  DERIVED_STORES,
  PortfolioDatabase,
  SCHEMA_HISTORY,
  SCHEMA_VERSION,
  type SchemaVersion,
} from './database';
export {
  DatabaseNotEmptyError,
  MeasurementExistsError,
  NewerDatabaseError,
  RecordNotFoundError,
  StaleRecordError,
  ValidationError,
  type FieldIssue,
} from './errors';
export {
  describeUpdate,
  diffFields,
  getCurrentActor,
  listPilotHistory,
  recordHistory,
  setCurrentActor,
  type HistoryInput,
} from './history';
export {
  describeContents,
  loadPortfolioData,
  readPortfolioData,
  type LoadOptions,
} from './loadPortfolioData';
export {
  REGISTRY_DB_NAME,
  RegistryDatabase,
  createPortfolio,
  deletePortfolio,
  getLastOpened,
  getLastOpenedId,
  getPortfolio,
  listPortfolios,
  openPortfolio,
  renamePortfolio,
  resetRegistryForTests,
  restorePortfolio,
  setLastOpened,
  type DeletedPortfolio,
  type NewPortfolio,
  type PortfolioEntry,
} from './registry';
export { TABLE_NAMES, type RecordsByTable, type TableName, type TableRows } from './tables';
export { restoreDeleted, type RestoreResult, type UndoToken } from './undo';
export * from './repositories/agents';
export * from './repositories/assignments';
export * from './repositories/decisions';
export * from './repositories/lessons';
export * from './repositories/measurements';
export * from './repositories/metrics';
export * from './repositories/people';
export * from './repositories/pilots';
export * from './repositories/settings';
export type { UpdateOptions } from './repositories/recordUpdate';
