import { liveQuery, type Subscription } from 'dexie';
import { ClaimableSource } from './claimableSource';

/** How long an early query waits for its component before it stops (start-up takes < 1 s). */
const UNCLAIMED_MS = 10_000;

/**
 * A Dexie live query begun before the component that shows it has mounted (at start-up, while the
 * app's code loads) and handed to that component (see ClaimableSource); it follows changes like
 * any live query while anyone subscribes.
 */
export class EarlyLiveQuery<T> extends ClaimableSource<T> {
  private source: Subscription | null = null;

  constructor(private readonly querier: () => Promise<T>) {
    super();
    this.start();
    // Nobody may ever take it (the app shows another page first): then it stops on its own.
    this.stopSoonIfUnused(UNCLAIMED_MS);
  }

  protected start(): void {
    if (this.source) return;
    this.source = liveQuery(this.querier).subscribe({
      next: (value) => this.publish(value),
      error: (error: unknown) => this.fail(error),
    });
  }

  protected stop(): void {
    this.source?.unsubscribe();
    this.source = null;
    this.forget();
  }

  protected running(): boolean {
    return this.source !== null;
  }
}
