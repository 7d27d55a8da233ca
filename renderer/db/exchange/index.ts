export { applyMerge, MergeOutdatedError, type MergeResult } from './applyMerge';
export {
  findExistingDates,
  importMeasurementColumns,
  type ExistingDates,
  type ImportColumnsOptions,
  type ImportColumnsResult,
  type OnExistingDate,
  type SeriesToImport,
} from './importColumns';
export { countPortfolio, replacePortfolioData, type PortfolioCounts } from './replacePortfolio';
export { restoreIntoNewPortfolio } from './restoreNew';
