import type { Context } from 'hono';
import type { AppEnv } from '../app-env';

/**
 * `Server-Timing` of the document routes, only when the variable TIMING is `on` (wrangler dev,
 * the edge benchmark): durations of the steps, never anything about the document. On deployed
 * Workers the clock does not move during computation, so the figures would read 0 there anyway.
 */
export class StepTimer {
  private readonly steps: string[] = [];
  private last = performance.now();

  constructor(private readonly enabled: boolean) {}

  static for(c: Context<AppEnv>): StepTimer {
    return new StepTimer(c.env.TIMING === 'on');
  }

  mark(step: string): void {
    if (!this.enabled) return;
    const now = performance.now();
    this.steps.push(`${step};dur=${(now - this.last).toFixed(1)}`);
    this.last = now;
  }

  /**
   * A step inside the current one (the directory lookup during validation): listed apart with its
   * own duration, which the enclosing step's includes.
   */
  async within<T>(step: string, work: () => Promise<T>): Promise<T> {
    if (!this.enabled) return work();
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.steps.push(`${step};dur=${(performance.now() - start).toFixed(1)}`);
    }
  }

  headers(): Record<string, string> {
    return this.enabled && this.steps.length > 0 ? { 'server-timing': this.steps.join(', ') } : {};
  }
}
