/**
 * Charts waiting to draw, one per frame. Recharts draws a chart in one go; drawing the dashboard's
 * seven in one commit held the main thread for over half a second on a large portfolio (against
 * the "no task over 50 ms" rule), with nothing on screen meanwhile. Each waiting chart gets its
 * turn once the browser has painted what came before: the page shows at once and fills in chart by
 * chart, each in its own short task.
 */
const waiting: (() => void)[] = [];
let scheduled = false;

/** Calls `next` in a task after the next frame has been painted. */
function afterPaint(next: () => void): void {
  const task = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      next();
    };
    channel.port2.postMessage(null);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(task);
  else setTimeout(next, 0);
}

function runNext(): void {
  scheduled = false;
  const turn = waiting.shift();
  if (!turn) return;
  turn();
  if (waiting.length > 0) {
    scheduled = true;
    afterPaint(runNext);
  }
}

/** Queues `draw` after the charts already waiting; returns a cancel for an unmounted chart. */
export function awaitDrawTurn(draw: () => void): () => void {
  waiting.push(draw);
  if (!scheduled) {
    scheduled = true;
    afterPaint(runNext);
  }
  return () => {
    const index = waiting.indexOf(draw);
    if (index >= 0) waiting.splice(index, 1);
  };
}
