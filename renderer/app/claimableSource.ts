type Listener<T> = { next: (value: T) => void; error: (error: unknown) => void };

/**
 * A value source that can begin before the component that shows it has mounted (at start-up,
 * while the app's code loads) and be handed to that component, which then has its first result at
 * once instead of one render later. Observable as dexie-react-hooks' `useObservable` expects: a
 * current value it reads without waiting, and `subscribe`. It runs while anyone subscribes (or,
 * begun early, for a while in case someone comes); soon after the last subscriber has gone it
 * stops — forgetting what it saw, which may be stale once it no longer follows changes — and
 * starts again if one comes back. Subclasses say how to start and stop, and publish what they get.
 */
export abstract class ClaimableSource<T> {
  protected latest: { value: T } | null = null;
  private failure: { error: unknown } | null = null;
  protected readonly listeners = new Set<Listener<T>>();
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private settle: () => void = () => undefined;
  /** Resolves once the first result (or failure) is in. */
  readonly settled = new Promise<void>((resolve) => (this.settle = resolve));

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
    this.subscribed();
    return {
      unsubscribe: () => {
        this.listeners.delete(listener);
        // Not at once: React's StrictMode unsubscribes and subscribes again straight away.
        this.stopSoonIfUnused(0);
      },
    };
  }

  /** Begins following (nothing if it already does). */
  protected abstract start(): void;
  /** Stops following; then `forget`s what it saw. */
  protected abstract stop(): void;
  protected abstract running(): boolean;
  /** After a subscriber has been given what there is. */
  protected subscribed(): void {}

  protected publish(value: T): void {
    this.latest = { value };
    this.failure = null;
    this.settle();
    for (const l of [...this.listeners]) l.next(value);
  }

  protected fail(error: unknown): void {
    this.failure = { error };
    this.settle();
    for (const l of [...this.listeners]) l.error(error);
  }

  protected forget(): void {
    this.latest = null;
    this.failure = null;
  }

  /** Stops after `delayMs` unless someone subscribes meanwhile. */
  protected stopSoonIfUnused(delayMs: number): void {
    clearTimeout(this.stopTimer);
    this.stopTimer = setTimeout(() => {
      if (this.listeners.size === 0 && this.running()) this.stop();
    }, delayMs);
  }
}
