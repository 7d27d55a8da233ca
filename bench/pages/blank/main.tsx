// The baseline of `first-render`: the least a React 19 page built by the same Vite toolchain can
// do — load React, create a root, render one element. What the app adds on top of this is what the
// benchmark weighs.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <main>
      <h1 data-bench-ready="">Blank React page</h1>
    </main>
  </StrictMode>,
);
