import { createRoot, type Root } from 'react-dom/client';

let root: Root | null = null;

/**
 * The page's one React root: the first screen (renderer/firstScreen) renders into it, and the
 * app then renders in its place, in the same commit (never a blank frame between the two).
 */
export function appRoot(): Root {
  if (root) return root;
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  root = createRoot(container);
  return root;
}
