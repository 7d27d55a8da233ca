import { flushSync } from 'react-dom';
import { appRoot } from '../appRoot';
import { recordInput } from './handoff';
import { FirstScreen, type FirstScreenProps } from './FirstScreenView';

/** Renders the first screen into the page's root at once and records what is done on it. */
export function mountFirstScreen(props: FirstScreenProps) {
  flushSync(() => appRoot().render(<FirstScreen {...props} />));
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  return recordInput(container);
}
