/**
 * Charts waiting to draw, one per frame. Recharts draws a chart in one go; drawing the dashboard's
 * seven in one commit held the main thread for over half a second on a large portfolio (against
 * the "no task over 50 ms" rule), with nothing on screen meanwhile. Each waiting chart gets its
 * turn once the browser has painted what came before: the page shows at once and fills in chart by
 * chart, each in its own task (of one chart's cost, not seven's).
 */
const waiting: (() => void)[] = [];
let scheduled = false;

/** A hidden window paints no frames; past this wait, the next chart draws anyway. */
const MAX_FRAME_WAIT_MS = 100;

/** Calls `next` in a task after the next frame has been painted (or after MAX_FRAME_WAIT_MS). */
function afterPaint(next: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    next();
  };
  setTimeout(once, MAX_FRAME_WAIT_MS);
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => {
    // rAF runs just before the frame is painted; a message posted from it arrives just after.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      once();
    };
    channel.port2.postMessage(null);
  });
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
