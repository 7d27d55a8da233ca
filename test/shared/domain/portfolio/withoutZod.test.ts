import { expect, it } from 'vitest';

it('loads the aggregation without the zod schemas (the dashboard worker loads it as it boots)', async () => {
  // zod sets this global as its core module loads; this file imports nothing else.
  const zodLoaded = () => '__zod_globalConfig' in globalThis;
  expect(zodLoaded()).toBe(false);
  const { aggregatePortfolio, portfolioView } = await import('@shared/domain/portfolio');
  expect(typeof aggregatePortfolio).toBe('function');
  expect(typeof portfolioView).toBe('function');
  expect(zodLoaded()).toBe(false);
  // The check can fail: the model's schemas do load zod.
  await import('@shared/model');
  expect(zodLoaded()).toBe(true);
});
