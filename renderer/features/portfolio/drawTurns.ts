/**
 * Charts waiting to draw, one at a time. Recharts draws a chart in one go; drawing the dashboard's
 * seven in one commit held the main thread for over half a second on a large portfolio (against
 * the "no task over 50 ms" rule), with nothing on screen meanwhile. The first waiting chart gets
 * its turn once the browser has painted the page around it; each next one as soon as the one
 * before has drawn (its commit is done), in a task of its own: the page fills in chart by chart,
 * each task of one chart's cost, and the browser paints between them as frames fall due — not a
 * frame's wait per chart, which on a loaded machine added up to a tenth of the load.
 */

/** A chart's place in the queue. */
export interface DrawTurn {
  /** The chart has drawn (or has nothing to draw): the next one may go. */
  drawn: () => void;
  /** The chart unmounted: it leaves the queue, or ends its turn. */
  cancel: () => void;
}

interface Waiting {
  draw: () => void;
}

const waiting: Waiting[] = [];
let current: Waiting | null = null;
let scheduled = false;
let turnTimer: ReturnType<typeof setTimeout> | undefined;

/** A hidden window paints no frames; past this wait, the first chart draws anyway. */
const MAX_FRAME_WAIT_MS = 100;
/** A chart that never says it has drawn (it threw, say) holds the others no longer than this. */
const MAX_TURN_MS = 200;

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
    afterTask(once);
  });
}

/** Calls `next` in a task of its own, after those already queued (a React render among them). */
function afterTask(next: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    next();
  };
  channel.port2.postMessage(null);
}

function runNext(): void {
  scheduled = false;
  const turn = waiting.shift();
  if (!turn) return;
  current = turn;
  turnTimer = setTimeout(() => endTurn(turn), MAX_TURN_MS);
  turn.draw();
}

function endTurn(turn: Waiting): void {
  if (current !== turn) return;
  current = null;
  clearTimeout(turnTimer);
  if (waiting.length > 0 && !scheduled) {
    scheduled = true;
    afterTask(runNext);
  }
}

/**
 * Queues `draw` after the charts already waiting. The chart calls `drawn` once it has committed
 * what `draw` set off (an effect after it), `cancel` when it unmounts.
 */
export function awaitDrawTurn(draw: () => void): DrawTurn {
  const turn: Waiting = { draw };
  waiting.push(turn);
  if (!current && !scheduled) {
    scheduled = true;
    afterPaint(runNext);
  }
  return {
    drawn: () => endTurn(turn),
    cancel: () => {
      const index = waiting.indexOf(turn);
      if (index >= 0) waiting.splice(index, 1);
      endTurn(turn);
    },
  };
}
