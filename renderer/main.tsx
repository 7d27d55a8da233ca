import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import { showFirstScreen } from './firstScreen/showFirstScreen';

// The first script is small: it draws the first screen (renderer/firstScreen) from a chunk of its
// own, with what it reads by IndexedDB itself. Then it begins start-up (beginStartup.ts: Dexie
// opening the databases, the Pilots table's worker), then it loads the app (renderApp.tsx). Their
// code is fetched and compiled meanwhile (modulepreload); evaluating it, Dexie's and zod's above
// all, before the first screen delayed it by as long.
void showFirstScreen()
  .catch(() => false)
  .then(() => import('./app/beginStartup'))
  .then(() => import('./renderApp'));
