import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installSameRealmClone } from './sameRealmClone';

// Stored typed arrays come back as the page's own, as in a browser (see sameRealmClone.ts).
installSameRealmClone();

// Unmount after every test: a toast's auto-close timer is cleared only by unmounting, and one
// left running fired after the file's jsdom was gone ("window is not defined", seen under load).
afterEach(cleanup);

// findBy… waits up to 5 s: the suite runs on a shared 2-core machine.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks a few browser APIs the app uses; these stand-ins behave like a light-themed
// desktop browser so components render as they would for a person.
if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverStub });
  }
  // jsdom does no layout, so every box measures 0×0 and virtualised lists would render no rows.
  // Give elements the size of a desktop window's content area instead.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 800,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
  if (!Element.prototype.scrollIntoView) {
    Element.prototype.scrollIntoView = () => undefined;
  }
}
