// Lays out an orchestration map off the main thread: dagre needs up to a second for a 200-node
// map on a slow machine, which would freeze the page if run where React renders.
import type { OrchestrationGraph } from '@shared/domain/agents';
import { layoutGraph } from './layoutGraph';

self.onmessage = (event: MessageEvent<OrchestrationGraph>) => {
  self.postMessage(layoutGraph(event.data));
};
