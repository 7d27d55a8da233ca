import { createRoot, type Root } from 'react-dom/client';

let root: Root | null = null;

/**
 * The page's one React root. Its first commit replaces whatever the container holds — the first
 * screen (renderer/firstScreen), drawn without React DOM — so no blank frame comes between the two.
 */
export function appRoot(): Root {
  if (root) return root;
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  root = createRoot(container);
  return root;
}
