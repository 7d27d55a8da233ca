import {
  FileRefusedError,
  fromRefusal,
  isFileRefusal,
  toRefusal,
  type FileRefusal,
} from '@shared/formats/fileRefusal';

/**
 * A tiny request/response protocol between the app and its workers: each call has an id, may send
 * progress, and ends with a result, a refusal (a file the app will not take, with its reasons) or
 * an error. Refusals cross as plain data because Error subclasses do not survive postMessage.
 */

export type Progress = (done: number, total: number | null) => void;

/** A first, incomplete answer the caller may use before the result (the dashboard's partial view). */
export type PartialAnswer = (value: unknown) => void;

export interface RpcContext {
  progress: Progress;
  /** Absent where the caller takes no partial answer (tests calling a handler directly). */
  partial?: PartialAnswer;
}

export interface HandlerResult<T> {
  value: T;
  /** Buffers to move rather than copy (typed arrays of measurements, file bytes). */
  transfer?: Transferable[];
}

export type Handler = (
  args: never,
  context: RpcContext,
) => HandlerResult<unknown> | Promise<HandlerResult<unknown>>;

export interface RpcRequest {
  id: number;
  method: string;
  args: unknown;
}

export type RpcResponse =
  | { id: number; kind: 'progress'; done: number; total: number | null }
  | { id: number; kind: 'partial'; value: unknown }
  | { id: number; kind: 'result'; value: unknown }
  | { id: number; kind: 'refused'; refusal: FileRefusal }
  | { id: number; kind: 'error'; message: string };

/** Runs one request against `handlers`, reporting through `send` (postMessage in a worker). */
export async function runRequest(
  handlers: Record<string, Handler>,
  request: RpcRequest,
  send: (response: RpcResponse, transfer?: Transferable[]) => void,
): Promise<void> {
  const { id } = request;
  const handler = handlers[request.method];
  try {
    if (!handler) throw new Error(`Unknown worker method ${request.method}`);
    const progress: Progress = (done, total) => send({ id, kind: 'progress', done, total });
    const partial: PartialAnswer = (value) => send({ id, kind: 'partial', value });
    const result = await (handler as (args: unknown, c: RpcContext) => ReturnType<Handler>)(
      request.args,
      { progress, partial },
    );
    send({ id, kind: 'result', value: result.value }, result.transfer);
  } catch (error) {
    if (error instanceof FileRefusedError) send({ id, kind: 'refused', refusal: toRefusal(error) });
    else
      send({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/** The worker side: answers every request posted to this worker. */
export function serveRpc(handlers: Record<string, Handler>): void {
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<RpcRequest>) => void) | null;
    postMessage: (message: RpcResponse, transfer?: Transferable[]) => void;
  };
  scope.onmessage = (event) => {
    void runRequest(handlers, event.data, (response, transfer) =>
      scope.postMessage(response, transfer ?? []),
    );
  };
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress: Progress | undefined;
  onPartial: PartialAnswer | undefined;
}

/**
 * The app side. With a worker factory, calls run off the main thread; without one (tests in
 * jsdom, which has no Worker), the same handlers run inline, loaded on first use.
 */
export class RpcClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly createWorker: (() => Worker) | null,
    private readonly loadInline: () => Promise<Record<string, Handler>>,
  ) {}

  call<T>(
    method: string,
    args: unknown,
    options: { transfer?: Transferable[]; onProgress?: Progress; onPartial?: PartialAnswer } = {},
  ): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        onProgress: options.onProgress,
        onPartial: options.onPartial,
      });
      const request: RpcRequest = { id, method, args };
      if (this.createWorker) {
        this.worker ??= this.startWorker(this.createWorker);
        this.worker.postMessage(request, options.transfer ?? []);
      } else {
        void this.loadInline().then((handlers) =>
          runRequest(handlers, request, (response) => this.receive(response)),
        );
      }
    });
  }

  /** Ends the worker (and whatever it holds, such as a parsed file); pending calls fail. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new Error('The operation was cancelled.'));
    this.pending.clear();
  }

  private startWorker(create: () => Worker): Worker {
    const worker = create();
    worker.onmessage = (event: MessageEvent<RpcResponse>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      for (const p of this.pending.values()) {
        p.reject(new Error(`The background task failed: ${event.message || 'unknown error'}`));
      }
      this.pending.clear();
      this.worker = null;
    };
    return worker;
  }

  private receive(response: RpcResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    switch (response.kind) {
      case 'progress':
        pending.onProgress?.(response.done, response.total);
        return;
      case 'partial':
        pending.onPartial?.(response.value);
        return;
      case 'result':
        this.pending.delete(response.id);
        pending.resolve(response.value);
        return;
      case 'refused':
        this.pending.delete(response.id);
        pending.reject(
          isFileRefusal(response.refusal) ? fromRefusal(response.refusal) : new Error('Refused'),
        );
        return;
      case 'error':
        this.pending.delete(response.id);
        pending.reject(new Error(response.message));
        return;
    }
  }
}

/** Whether this environment can start module workers (browsers and Electron can; jsdom cannot). */
export const workersAvailable = typeof Worker !== 'undefined';
