import { recordInput } from './handoff';
import {
  FirstScreen,
  FirstScreenPage,
  isNavLinkActive,
  navLinkClass,
  showsPilotRows,
  type FirstScreenProps,
} from './FirstScreenView';
import { routeOf } from './routes';
import { renderStatic } from './staticDom';

/**
 * A link followed on the first screen (its main navigation, a pilot's name): the links show the
 * new page as theirs, and the main region shows that page's content — the Pilots page's rows, or
 * word that it is loading. The rest stays as it is, with its focus.
 */
function followRoute(container: Element, props: Omit<FirstScreenProps, 'route'>, from: string) {
  let route = from;
  const onHashChange = () => {
    const next = routeOf(window.location.hash);
    if (next === route) return;
    for (const link of container.querySelectorAll<HTMLAnchorElement>('a.sidebar-link')) {
      const to = routeOf(link.getAttribute('href') ?? '');
      link.className = navLinkClass(to, next);
      if (isNavLinkActive(to, next)) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const main = container.querySelector('#main-content');
    if (main && showsPilotRows(props.data, next) !== showsPilotRows(props.data, route)) {
      renderStatic(<FirstScreenPage {...props} route={next} />, main);
    }
    route = next;
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}

/**
 * Draws the first screen into the page's root at once (without React DOM: see staticDom.ts) and
 * records what is done on it until the app takes over.
 */
export function mountFirstScreen(props: Omit<FirstScreenProps, 'route'>) {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  const route = routeOf(window.location.hash);
  renderStatic(<FirstScreen {...props} route={route} />, container);
  const stopFollowing = followRoute(container, props, route);
  const recording = recordInput(container);
  return {
    stop: () => {
      stopFollowing();
      return recording.stop();
    },
  };
}
