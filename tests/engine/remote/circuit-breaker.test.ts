import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../src/engine/remote/circuit-breaker.js';

describe('CircuitBreaker', () => {
  it('opens after the threshold, lets one trial through after the cooldown, closes on success', () => {
    let now = 0;
    const b = new CircuitBreaker({ threshold: 3, cooldownMs: 5000, now: () => now });
    expect(b.allow()).toBe(true);
    b.failed('ECONNREFUSED');
    b.failed('ECONNREFUSED');
    expect(b.state).toBe('closed');
    b.failed('ECONNREFUSED');
    expect(b.state).toBe('open');
    expect(b.allow()).toBe(false);
    expect(b.retryAfterSeconds).toBe(5);
    now = 5000;
    expect(b.state).toBe('half-open');
    expect(b.allow()).toBe(true); // the trial
    expect(b.allow()).toBe(false); // only one
    b.succeeded();
    expect(b.state).toBe('closed');
    expect(b.allow()).toBe(true);
  });

  it('a failed trial re-opens at once; a success in between resets the count', () => {
    let now = 0;
    const b = new CircuitBreaker({ threshold: 2, cooldownMs: 1000, now: () => now });
    b.failed('x');
    b.succeeded();
    b.failed('x');
    expect(b.state).toBe('closed');
    b.failed('x');
    expect(b.state).toBe('open');
    now = 1000;
    expect(b.allow()).toBe(true);
    b.failed('still down');
    expect(b.state).toBe('open');
    expect(b.lastFailure).toBe('still down');
  });
});
