import './app/beginStartup';
import './zodConfig';
import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

// The first script is small: it begins (beginStartup.ts, before anything else) reading which
// portfolio was open last and opening its database, then loads the app (renderApp.tsx), whose
// code is fetched and compiled meanwhile. One script with everything made those wait until all of
// it had been evaluated.
void import('./renderApp');
