export * from './aggregatePortfolio';
export * from './filters';
export * from './portfolioView';
export * from './quadrants';
export * from './types';
