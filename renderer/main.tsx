import './styles/fonts/interLatin.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import { routeOf } from './firstScreen/routes';
import { showFirstScreen } from './firstScreen/showFirstScreen';
import { startPortfolioWorkerEarly } from './workers/portfolioWorkerStart';

// On the Portfolio page, the dashboard's aggregation worker starts first of all: it reads and
// aggregates the portfolio opened last on its own thread (its longest step on a large portfolio),
// so it must not wait for the first screen. Start-up takes it over (app/startup.ts).
if (routeOf(window.location.hash) === '/') startPortfolioWorkerEarly();

// The first script is small: it draws the first screen (renderer/firstScreen), without React DOM,
// with what it reads by IndexedDB itself. Then it begins start-up (beginStartup.ts: Dexie opening
// the databases, the Pilots table's worker), then it loads the app (renderApp.tsx). Their code is
// fetched and evaluated after the first screen: evaluating it, React DOM's, Dexie's and zod's above
// all, before the first screen delayed it by as long.
// Whatever fails before it, the app is loaded: it reports what went wrong, and the first screen
// never stays in its place.
void showFirstScreen()
  .catch(() => false)
  .then(() => import('./app/beginStartup'))
  .catch(() => undefined)
  .then(() => import('./renderApp'));
