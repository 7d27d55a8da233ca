import type { OrchestrationGraph } from '@shared/domain/agents';
import type { MapLayout } from './layoutGraph';

export interface PendingLayout {
  result: Promise<MapLayout>;
  /** Stops the work when its result is no longer wanted (the graph changed, the page closed). */
  cancel: () => void;
}

/**
 * Lays out `graph` in a Web Worker (one per layout, ended when done). Where workers do not exist
 * (tests in jsdom) the same function runs here, loaded on demand; either way the layout library
 * stays out of the app's first bundle.
 */
export function layoutOffThread(graph: OrchestrationGraph): PendingLayout {
  if (typeof Worker === 'undefined') {
    return { result: import('./layoutGraph').then((m) => m.layoutGraph(graph)), cancel: () => {} };
  }
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<MapLayout>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<MapLayout>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message || 'the layout worker failed'));
      worker.terminate();
    };
  });
  worker.postMessage(graph);
  return { result, cancel: () => worker.terminate() };
}
