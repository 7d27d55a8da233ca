import type { PortfolioAggregate } from '@shared/domain/portfolio';
import { beginEarlyAggregation } from './portfolioEarlyRead';
import type { AggregateArgs } from './portfolioEngine';
import { readPortfolio } from './portfolioRead';
import { serveRpc, type HandlerResult, type RpcContext } from './rpc';
import { EARLY_PORTFOLIO_WORKER } from './portfolioWorkerStart';

// Evaluating every pilot reads every measurement series (a million values on a large portfolio):
// done here, the page stays responsive and receives only compact per-pilot rows. This entry is
// small: it begins the read at once, and the aggregation (the domain, without zod: small too)
// loads meanwhile. The aggregation is asked for from the start: a worker started before its
// portfolio is known (see aggregatePrefetch.ts) has it compiled by the time the read begins.
const engine = import('./portfolioEngine');
// A failed load is reported by the call that needs it.
engine.catch(() => undefined);

// The worker the app starts with the Portfolio page reads the portfolio opened last at once,
// before the app has asked (see portfolioEarlyRead.ts).
const early =
  self.name === EARLY_PORTFOLIO_WORKER
    ? beginEarlyAggregation(engine.then((m) => m.aggregateRead))
    : null;

serveRpc({
  aggregate: async (
    args: AggregateArgs,
    context: RpcContext,
  ): Promise<HandlerResult<PortfolioAggregate>> => {
    const answered = await early?.answer(args, context.partial);
    if (answered) return { value: answered };
    // Read one request at a time throughout (see inTurn): asked again after a write or on coming
    // back to the page, the aggregation runs while the person works, whose pages' reads must not
    // wait behind it; the early read alone is lifted, once the app has what it needs to show.
    const read = readPortfolio(args.dbName);
    const { aggregateRead } = await engine;
    return { value: await aggregateRead(read, args.today, context.partial) };
  },
});
