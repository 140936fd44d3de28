// A circuit breaker for the remote store (closed → open → half-open → closed). After `threshold`
// consecutive failures that say the store itself is down (unreachable, 5xx overload), the circuit
// opens: calls fail at once for `cooldownMs` instead of each waiting for a connect timeout. Then one
// trial call is let through (half-open); its success closes the circuit, its failure re-opens it.
// Client errors (a bad query) never count: they prove the store is up. O(1) per call.

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitOptions {
  readonly threshold: number;
  readonly cooldownMs: number;
  readonly now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private trialRunning = false;
  private current: CircuitState = 'closed';
  /** Message of the last failure that counted (for /health and the 503 body). */
  lastFailure?: string;

  constructor(private readonly options: CircuitOptions) {}

  get state(): CircuitState {
    if (this.current === 'open' && this.now() - this.openedAt >= this.options.cooldownMs) return 'half-open';
    return this.current;
  }

  /** Seconds until a trial call is allowed (for Retry-After); 0 when calls go through. */
  get retryAfterSeconds(): number {
    if (this.current !== 'open') return 0;
    return Math.max(1, Math.ceil((this.options.cooldownMs - (this.now() - this.openedAt)) / 1000));
  }

  /** True when a call may go to the store now (in half-open, only the one trial call). */
  allow(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialRunning) return false;
    this.trialRunning = true;
    return true;
  }

  succeeded(): void {
    this.failures = 0;
    this.trialRunning = false;
    this.current = 'closed';
    this.lastFailure = undefined;
  }

  failed(message: string): void {
    this.lastFailure = message;
    this.failures += 1;
    const wasTrial = this.trialRunning;
    this.trialRunning = false;
    if (wasTrial || this.failures >= this.options.threshold) {
      this.current = 'open';
      this.openedAt = this.now();
    }
  }

  /** A call that ended without telling anything about the store's health (e.g. the client's abort). */
  released(): void {
    this.trialRunning = false;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
