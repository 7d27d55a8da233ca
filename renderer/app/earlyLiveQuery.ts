import { liveQuery, type Subscription } from 'dexie';

/** How long an early query waits for its component before it stops (start-up takes < 1 s). */
const UNCLAIMED_MS = 10_000;

type Listener<T> = { next: (value: T) => void; error: (error: unknown) => void };

/**
 * A Dexie live query begun before the component that shows it has mounted (at start-up, while the
 * app's code loads) and handed to that component, which then has its first result at once instead
 * of one render later. It has a current value, which dexie-react-hooks' `useObservable` reads
 * without waiting, and it follows changes like any live query while anyone subscribes; soon after
 * the last subscriber has gone it stops, and starts again if one comes back.
 */
export class EarlyLiveQuery<T> {
  private latest: { value: T } | null = null;
  private failure: { error: unknown } | null = null;
  private readonly listeners = new Set<Listener<T>>();
  private source: Subscription | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private settle: () => void = () => undefined;
  /** Resolves once the first result (or failure) is in. */
  readonly settled = new Promise<void>((resolve) => (this.settle = resolve));

  constructor(private readonly querier: () => Promise<T>) {
    this.start();
    // Nobody may ever take it (the app shows another page first): then it stops on its own.
    this.stopSoonIfUnused(UNCLAIMED_MS);
  }

  hasValue(): boolean {
    return this.latest !== null;
  }

  getValue(): T | undefined {
    return this.latest?.value;
  }

  subscribe(next: (value: T) => void, error: (error: unknown) => void = () => undefined) {
    const listener = { next, error };
    this.listeners.add(listener);
    clearTimeout(this.stopTimer);
    this.start();
    if (this.latest) next(this.latest.value);
    else if (this.failure) error(this.failure.error);
    return {
      unsubscribe: () => {
        this.listeners.delete(listener);
        // Not at once: React's StrictMode unsubscribes and subscribes again straight away.
        this.stopSoonIfUnused(0);
      },
    };
  }

  private start(): void {
    if (this.source) return;
    this.source = liveQuery(this.querier).subscribe({
      next: (value) => {
        this.latest = { value };
        this.failure = null;
        this.settle();
        for (const l of [...this.listeners]) l.next(value);
      },
      error: (error: unknown) => {
        this.failure = { error };
        this.settle();
        for (const l of [...this.listeners]) l.error(error);
      },
    });
  }

  private stopSoonIfUnused(delayMs: number): void {
    clearTimeout(this.stopTimer);
    this.stopTimer = setTimeout(() => {
      if (this.listeners.size > 0 || !this.source) return;
      this.source.unsubscribe();
      this.source = null;
      // What it last saw may be stale once it no longer follows changes.
      this.latest = null;
    }, delayMs);
  }
}
